//! Local content in staff: the 70 % and 90 % citizen ratios, their exemptions, and the cap on
//! intra-corporate transferees. All arithmetic is exact integer arithmetic in `u64`, so it cannot
//! overflow for any `u32` head count.


use serde::Serialize;
use super::input::{EmployerKind, Input, Route};
use super::{Context, Finding};
use crate::rules::{Confidence, ParameterId, Value};
use crate::text::Message;

/// Why the ratios do not apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub enum LocalContentExemption {
    SmallBusiness,
    ForeignBranch,
    StateBody,
}

crate::wire_names!(LocalContentExemption);

/// The local-content answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct LocalContent {
    pub applies: bool,
    pub exemption: Option<LocalContentExemption>,
    /// Whether every group meets its minimum after the hire (informative when exempt).
    pub meets_all: bool,
    pub finding: Finding,
    pub groups: Vec<LocalContentGroup>,
}

/// One group of categories and its citizen ratio, counting the requested hire.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct LocalContentGroup {
    pub categories: [u8; 2],
    pub min_citizen_percent: u32,
    pub citizens: u64,
    /// Foreigners (including intra-corporate transferees) after the hire.
    pub foreigners: u64,
    pub foreigners_before_hire: u64,
    pub meets: bool,
    pub meets_before_hire: bool,
    /// The most foreigners the current citizens allow.
    pub max_foreigners: u64,
    /// The fewest extra citizens that make the group meet; `None` if no number can.
    pub citizens_to_hire: Option<u64>,
    /// How many more foreigners the group could take after the hire before its ratio breaks
    /// (0 when it already fails).
    pub foreigners_more_allowed: u64,
    pub parameters: Vec<crate::rules::Parameter>,
    pub confidence: Confidence,
}

/// The cap on intra-corporate transferees in the hire's category.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct IctCheck {
    pub category: u8,
    pub max_percent_of_citizens: u32,
    pub citizens: u64,
    pub current: u64,
    pub cap: u64,
    pub after_hire: u64,
    pub meets: bool,
    pub finding: Finding,
}

/// The exact ratio test for one group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupCheck {
    pub meets: bool,
    pub max_foreigners: u64,
    pub citizens_to_hire: Option<u64>,
}

/// Tests `citizens * 100 >= percent * (citizens + foreigners)` and works out the most foreigners
/// the citizens allow and the fewest citizens to add.
///
/// ```
/// use kz_work_permit::assess::group_check;
/// // 7 citizens of 10 is exactly 70 %.
/// assert!(group_check(7, 3, 70).meets);
/// // 20 citizens allow 8 foreigners at 70 %; 45 citizens allow 5 at 90 %.
/// assert_eq!(group_check(20, 9, 70).max_foreigners, 8);
/// assert_eq!(group_check(45, 6, 90).citizens_to_hire, Some(9));
/// assert_eq!(group_check(u32::MAX as u64, u32::MAX as u64, 90).meets, false);
/// ```
pub fn group_check(citizens: u64, foreigners: u64, percent: u32) -> GroupCheck {
    let p = u64::from(percent.min(100));
    let (c, f) = (citizens, foreigners);
    // The comparison multiplies in u128 so that no count can overflow it.
    let meets = u128::from(c) * 100 >= u128::from(p) * (u128::from(c) + u128::from(f));
    if p == 0 {
        return GroupCheck { meets: true, max_foreigners: u64::MAX, citizens_to_hire: Some(0) };
    }
    // The divisions are done in u64 (a u128 division is 1 KB of WebAssembly), the products and
    // sums in u128, and the results clamped to u64::MAX. With c = q·p + r,
    // ⌊c·(100 − p) / p⌋ = q·(100 − p) + ⌊r·(100 − p) / p⌋.
    let clamp = |x: u128| u64::try_from(x).unwrap_or(u64::MAX);
    let max_foreigners = clamp(u128::from(c / p) * u128::from(100 - p) + u128::from(c % p * (100 - p) / p));
    let citizens_to_hire = if p == 100 {
        (f == 0).then_some(0)
    } else {
        // The smallest c' with c' · (100 − p) ≥ p · f, less the citizens already there; with
        // d = 100 − p and f = q·d + r, ⌈p·f / d⌉ = p·q + ⌈p·r / d⌉.
        let d = 100 - p;
        let needed = u128::from(p) * u128::from(f / d) + u128::from((p * (f % d)).div_ceil(d));
        Some(clamp(needed.saturating_sub(u128::from(c))))
    };
    GroupCheck { meets, max_foreigners, citizens_to_hire }
}

pub(crate) fn assess(context: &mut Context, input: &Input, permit_needed: bool) -> LocalContent {
    let employer = input.employer;
    let (exemption, finding) = match employer.kind {
        EmployerKind::StateBody if context.param(ParameterId::StateBodyExempt).is_some_and(|p| p.value == Value::Flag(true)) => (
            Some(LocalContentExemption::StateBody),
            context.finding(Message::ExemptStateBody, &[ParameterId::StateBodyExempt]),
        ),
        EmployerKind::ForeignBranch => {
            let id = ParameterId::ForeignBranchExemptMaxStaff;
            match within(context, id, employer.employees) {
                Some((true, limit)) => (Some(LocalContentExemption::ForeignBranch), context.finding(Message::ExemptForeignBranch.with("max", limit), &[id])),
                Some((false, limit)) => (None, context.finding(Message::ForeignBranchOverThreshold.with("max", limit), &[id])),
                None => (None, applies_finding(context)),
            }
        }
        _ if employer.small_business => {
            let id = ParameterId::SmallBusinessExemptMaxEmployees;
            match within(context, id, employer.employees) {
                Some((true, limit)) => (Some(LocalContentExemption::SmallBusiness), context.finding(Message::ExemptSmallBusiness.with("max", limit), &[id])),
                Some((false, limit)) => {
                    // The day the threshold took effect: the row in force's first day.
                    let since = context.book.get(id, context.as_of).map(|p| p.effective_from).unwrap_or(context.as_of);
                    (None, context.finding(Message::SmallBusinessOverThreshold.with("max", limit).with("date", since), &[id]))
                }
                None => (None, applies_finding(context)),
            }
        }
        _ => (None, applies_finding(context)),
    };

    let hire = &input.hire;
    let counted_hire = if permit_needed { u64::from(hire.count) } else { 0 };
    let groups: Vec<LocalContentGroup> = [
        ([1u8, 2u8], ParameterId::LocalContentMinPercentCategories1And2),
        ([3u8, 4u8], ParameterId::LocalContentMinPercentCategories3And4),
    ]
    .into_iter()
    .filter_map(|(categories, id)| {
        let parameter = context.param(id)?.clone();
        let Value::Number(percent) = parameter.value else { return None };
        let staff = categories.map(|c| input.staff.category(c));
        let citizens: u64 = staff.iter().map(|s| u64::from(s.citizens)).sum();
        let before: u64 = staff.iter().map(|s| u64::from(s.foreigners) + u64::from(s.intra_corporate_transfers)).sum();
        let added = if hire.category.is_some_and(|c| categories.contains(&c)) { counted_hire } else { 0 };
        let foreigners = before + added;
        let check = group_check(citizens, foreigners, percent);
        Some(LocalContentGroup {
            categories,
            min_citizen_percent: percent,
            citizens,
            foreigners,
            foreigners_before_hire: before,
            meets: check.meets,
            meets_before_hire: group_check(citizens, before, percent).meets,
            max_foreigners: check.max_foreigners,
            citizens_to_hire: check.citizens_to_hire,
            foreigners_more_allowed: check.max_foreigners.saturating_sub(foreigners),
            confidence: parameter.confidence,
            parameters: vec![parameter],
        })
    })
    .collect();

    LocalContent {
        applies: exemption.is_none(),
        exemption,
        meets_all: groups.iter().all(|g| g.meets),
        finding,
        groups,
    }
}

fn applies_finding(context: &mut Context) -> Finding {
    let p12 = context.number(ParameterId::LocalContentMinPercentCategories1And2).map(|n| n.to_string()).unwrap_or_default();
    let p34 = context.number(ParameterId::LocalContentMinPercentCategories3And4).map(|n| n.to_string()).unwrap_or_default();
    context.finding(
        Message::LocalContentApplies.with("percentCategories1And2", p12).with("percentCategories3And4", p34),
        &[ParameterId::LocalContentMinPercentCategories1And2, ParameterId::LocalContentMinPercentCategories3And4],
    )
}

/// Whether `employees` is within the exemption threshold `id`, with the threshold as text;
/// `None` when the threshold is unknown.
fn within(context: &mut Context, id: ParameterId, employees: u32) -> Option<(bool, String)> {
    match context.param(id)?.value {
        Value::Number(limit) => Some((employees <= limit, limit.to_string())),
        Value::Unlimited => Some((true, "∞".to_owned())),
        _ => None,
    }
}

pub(crate) fn ict(context: &mut Context, input: &Input, permit_needed: bool) -> Option<IctCheck> {
    let hire = &input.hire;
    if hire.route != Route::IntraCorporateTransfer {
        return None;
    }
    let category = hire.category?;
    let id = ParameterId::IctMaxPercentOfCitizens;
    let percent = context.number(id)?;
    let staff = input.staff.category(category);
    let citizens = u64::from(staff.citizens);
    let current = u64::from(staff.intra_corporate_transfers);
    let cap = citizens * u64::from(percent) / 100;
    // Citizens of EAEU states need no permit and are not counted as foreigners.
    let after_hire = current + if permit_needed { u64::from(hire.count) } else { 0 };
    let meets = after_hire <= cap;
    let message = if meets { Message::IctWithinCap } else { Message::IctOverCap };
    let sentence = message.with("category", category).with("percent", percent).with("limit", cap).with("count", after_hire);
    let finding = context.finding(sentence, &[id]);
    Some(IctCheck { category, max_percent_of_citizens: percent, citizens, current, cap, after_hire, meets, finding })
}

#[cfg(test)]
mod tests {
    use super::group_check;

    /// The arithmetic of `group_check` done the plain way, in u128.
    fn reference(c: u64, f: u64, percent: u32) -> (bool, u64, Option<u64>) {
        let p = u128::from(percent.min(100));
        let (c, f) = (u128::from(c), u128::from(f));
        let clamp = |x: u128| u64::try_from(x).unwrap_or(u64::MAX);
        if p == 0 {
            return (true, u64::MAX, Some(0));
        }
        let to_hire = if p == 100 { (f == 0).then_some(0) } else { Some(clamp((p * f).div_ceil(100 - p).saturating_sub(c))) };
        (c * 100 >= p * (c + f), clamp(c * (100 - p) / p), to_hire)
    }

    #[test]
    fn u64_division_agrees_with_u128_arithmetic() {
        let counts = [0, 1, 2, 3, 7, 9, 10, 19, 20, 21, 99, 100, 101, 999, 1_000_000, 4_000_000, u64::from(u32::MAX), u64::MAX / 100, u64::MAX / 3, u64::MAX - 1, u64::MAX];
        for percent in (0..=101).chain([u32::MAX]) {
            for &c in &counts {
                for &f in &counts {
                    let check = group_check(c, f, percent);
                    let got = (check.meets, check.max_foreigners, check.citizens_to_hire);
                    assert_eq!(got, reference(c, f, percent), "c={c} f={f} percent={percent}");
                }
            }
        }
    }
}
