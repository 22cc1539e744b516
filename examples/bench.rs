//! The native half of `cargo xtask bench`: how many assessments and working-day additions per second
//! the engine does outside the browser. A plain harness (std::time::Instant, no criterion): each
//! measurement warms up, then runs 5 timed rounds of at least `--round-ms` milliseconds and reports
//! the median round.
//!
//! `cargo run --release --example bench [-- --out target/bench/native.json] [--round-ms 400]`
//!
//! The inputs are bench/inputs.json, the same the browser loops use.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use kz_work_permit::calendar;
use kz_work_permit::rules::RuleBook;
use kz_work_permit::{assess_json, assess_with, Input};
use serde_json::{json, Value};

const INPUTS: &str = include_str!("../bench/inputs.json");
const ROUNDS: usize = 5;
const WORKING_DAYS: u32 = 6;

struct Measured {
    calls_per_second: f64,
    rounds: Vec<f64>,
    calls: u64,
}

/// Calls `f(i)` for i = 0, 1, 2, … in batches until `round` has passed, `ROUNDS` times after a
/// warm-up round; returns the median rate.
fn measure(round: Duration, mut f: impl FnMut(usize)) -> Measured {
    const BATCH: usize = 64;
    let mut i = 0usize;
    let mut run = |length: Duration| -> (u64, Duration) {
        let start = Instant::now();
        let mut calls = 0u64;
        loop {
            for _ in 0..BATCH {
                f(i);
                i = i.wrapping_add(1);
            }
            calls += BATCH as u64;
            let elapsed = start.elapsed();
            if elapsed >= length {
                return (calls, elapsed);
            }
        }
    };
    run(round / 2); // warm-up: caches, the calendar's one-time table, the allocator
    let mut total = 0;
    let mut rounds: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let (calls, elapsed) = run(round);
            total += calls;
            calls as f64 / elapsed.as_secs_f64()
        })
        .collect();
    rounds.sort_by(f64::total_cmp);
    Measured {
        calls_per_second: rounds[ROUNDS / 2],
        rounds,
        calls: total,
    }
}

/// The measurements to run: all, or those whose name starts with `only`.
struct Bench<'a> {
    round: Duration,
    only: Option<&'a str>,
}

impl Bench<'_> {
    /// Measures `f` and reports it as `name`, unless `--only` leaves it out.
    fn run(&self, name: &str, what: &str, f: impl FnMut(usize)) -> Option<Value> {
        if self.only.is_some_and(|only| !name.starts_with(only)) {
            return None;
        }
        Some(report(name, what, &measure(self.round, f)))
    }
}

fn report(name: &str, what: &str, m: &Measured) -> Value {
    println!(
        "    {name:<44} {:>12.0} calls/s  {:>9.3} µs/call  (rounds {:.0}-{:.0}/s)",
        m.calls_per_second,
        1e6 / m.calls_per_second,
        m.rounds[0],
        m.rounds[ROUNDS - 1]
    );
    json!({
        "name": name,
        "what": what,
        "callsPerSecond": m.calls_per_second,
        "microsecondsPerCall": 1e6 / m.calls_per_second,
        "roundsCallsPerSecond": m.rounds,
        "calls": m.calls,
    })
}

fn main() {
    let mut out: Option<String> = None;
    let mut round_ms: u64 = 400;
    // Only the measurements whose name starts with this: for an instruction count of one of them
    // under `valgrind --tool=callgrind`, which needs no quiet machine.
    let mut only: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => out = args.next(),
            "--only" => only = args.next(),
            "--round-ms" => round_ms = args.next().and_then(|v| v.parse().ok()).unwrap_or(round_ms),
            other => {
                eprintln!(
                    "bench: unknown argument {other:?}; usage: bench [--out FILE] [--round-ms N] [--only NAME]"
                );
                std::process::exit(2);
            }
        }
    }
    let round = Duration::from_millis(round_ms.max(10));

    let file: Value = serde_json::from_str(INPUTS).expect("bench/inputs.json is JSON");
    let texts: Vec<String> = file["inputs"]
        .as_array()
        .expect("bench/inputs.json has an inputs array")
        .iter()
        .map(|case| case["input"].to_string())
        .collect();
    let typed: Vec<Input> = texts
        .iter()
        .map(|t| Input::from_json(t).expect("every bench input is valid"))
        .collect();
    let book = RuleBook::built_in();
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("a date");

    // Every start date of 2023-2027 whose result stays inside the calendar (the last days of 2027
    // have no 6th working day in the data); the browser loops use the same list.
    let (first, last) = calendar::coverage();
    let starts: Vec<NaiveDate> = first
        .iter_days()
        .take_while(|d| *d <= last)
        .filter(|d| calendar::add_working_days(*d, WORKING_DAYS).is_ok())
        .collect();
    let start_texts: Vec<String> = starts.iter().map(|d| d.to_string()).collect();
    let all_days = last.signed_duration_since(first).num_days() + 1;

    let build = if cfg!(debug_assertions) {
        "DEBUG build (use --release)"
    } else {
        "release build"
    };
    println!(
        "    native, {build}, {} rounds of {} ms after a warm-up; median round:",
        ROUNDS,
        round.as_millis()
    );
    let bench = Bench {
        round,
        only: only.as_deref(),
    };
    let mut results = Vec::new();

    results.extend(bench.run(
        "assess, JSON text in and out",
        "assess_json(text) and serde_json::to_string(&assessment): the work the JS assess() does, minus the JS boundary",
        |i| {
        let text = &texts[i % texts.len()];
        let assessment = assess_json(black_box(text)).expect("valid input");
        black_box(serde_json::to_string(&assessment).expect("serialisable"));
    },
    ));

    results.extend(bench.run(
        "assess, JSON text in, typed out",
        "assess_json(text): parsing and assessing, no serialising",
        |i| {
            let text = &texts[i % texts.len()];
            black_box(assess_json(black_box(text)).expect("valid input"));
        },
    ));

    results.extend(bench.run(
        "assess, typed input (engine only)",
        "assess_with(&input, &RuleBook::built_in(), today): no parsing, no serialising",
        |i| {
            let input = &typed[i % typed.len()];
            black_box(assess_with(black_box(input), &book, today).expect("valid input"));
        },
    ));

    results.extend(bench.run(
        "add_working_days(+6), YYYY-MM-DD text in/out",
        "parse the date text, calendar::add_working_days(date, 6), format the result: what addWorkingDays() does",
        |i| {
        let text = &start_texts[i % start_texts.len()];
        let date = NaiveDate::parse_from_str(black_box(text), "%Y-%m-%d").expect("a date");
        black_box(
            calendar::add_working_days(date, black_box(WORKING_DAYS))
                .expect("in range")
                .to_string(),
        );
    },
    ));

    results.extend(bench.run(
        "add_working_days(+6), NaiveDate",
        "calendar::add_working_days(date, 6) on a NaiveDate",
        |i| {
            let date = starts[i % starts.len()];
            black_box(
                calendar::add_working_days(black_box(date), black_box(WORKING_DAYS))
                    .expect("in range"),
            );
        },
    ));

    results.extend(bench.run(
        "+15 calendar days, NaiveDate",
        "NaiveDate::checked_add_days(15): the vacancy period",
        |i| {
            let date = starts[i % starts.len()];
            black_box(date.checked_add_days(Days::new(15)));
        },
    ));

    let report = json!({
        "profile": if cfg!(debug_assertions) { "debug (run with --release for meaningful figures)" } else { "release" },
        "roundMs": round.as_millis() as u64,
        "rounds": ROUNDS,
        "inputs": texts.len(),
        "startDates": starts.len(),
        "calendarDays": all_days,
        "results": results,
    });
    let text = serde_json::to_string_pretty(&report).expect("serialisable");
    match out {
        Some(path) => {
            if let Err(error) = std::fs::write(&path, text + "\n") {
                eprintln!("bench: cannot write {path}: {error}");
                std::process::exit(1);
            }
        }
        None => println!("{text}"),
    }
}
