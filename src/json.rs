//! A small JSON reader and writer: the JSON contract of the engine without serde. Written by hand
//! because serde, serde_json and their generated code were about a third of the WebAssembly the
//! widget ships (see docs/size.md); this module does only what the contract needs.
//!
//! Reading keeps every number as `f64` (as JavaScript does) and keeps an object's members in order;
//! a repeated member name resolves to its last value, as in `JSON.parse`. Nesting deeper than
//! [`MAX_DEPTH`] is an error, never a stack overflow.
//!
//! ```
//! use kz_work_permit::json::{parse, Json, ToJson};
//! let value = parse(r#"{"count": 3, "names": ["a", "b\n"]}"#).unwrap();
//! assert_eq!(value.get("count").and_then(Json::as_u64), Some(3));
//! assert_eq!(value.to_json(), r#"{"count":3,"names":["a","b\n"]}"#);
//! assert!(parse("[1,]").is_err());
//! ```

use crate::prelude::*;
use core::fmt;

use chrono::NaiveDate;

/// The deepest nesting of arrays and objects accepted.
pub const MAX_DEPTH: usize = 64;

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The member `name` of an object (the last one, if repeated).
    pub fn get(&self, name: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(key, _)| key == name).map(|(_, value)| value),
            _ => None,
        }
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    /// A whole, non-negative number that fits `u64` exactly.
    pub fn as_u64(&self) -> Option<u64> {
        match *self {
            Json::Number(n) if n >= 0.0 && is_whole(n) && n <= 9_007_199_254_740_992.0 => Some(n as u64),
            _ => None,
        }
    }
}

/// Why a JSON text could not be read, and where (1-based line and column, in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.message, self.line, self.column)
    }
}

impl core::error::Error for JsonError {}

/// Parses a whole JSON text (surrounding white space allowed, nothing else after the value).
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut reader = Reader { bytes: text.as_bytes(), at: 0 };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.at < reader.bytes.len() {
        return Err(reader.error("trailing characters"));
    }
    Ok(value)
}

/// Whether `n` is a finite whole number. (`f64::fract` is in the standard library only, which the
/// element's `no_std` builds leave out.)
///
/// ```
/// use kz_work_permit::json::is_whole;
/// assert!(is_whole(3.0) && is_whole(-0.0) && is_whole(1e300));
/// assert!(!is_whole(2.5) && !is_whole(f64::NAN) && !is_whole(f64::INFINITY));
/// ```
pub fn is_whole(n: f64) -> bool {
    // Every f64 of magnitude 2^52 or more is whole; below that, `as i64` is exact for whole numbers.
    n.is_finite() && (n.abs() >= 4_503_599_627_370_496.0 || n as i64 as f64 == n)
}

/// A value that writes itself as JSON.
pub trait ToJson {
    fn write_json(&self, out: &mut Writer);

    /// The JSON text of the value. (`Self: Sized` keeps it out of the `dyn ToJson` vtables, which
    /// would otherwise hold a copy of it for every type written.)
    fn to_json(&self) -> String
    where
        Self: Sized,
    {
        let mut out = Writer::default();
        self.write_json(&mut out);
        out.text
    }
}

/// Builds JSON text. Objects are written member by member with [`Writer::object`].
#[derive(Default)]
pub struct Writer {
    text: String,
}

impl Writer {
    /// Opens an object; add its members with [`Writer::field`], then [`Writer::end_object`].
    /// (Calls rather than a closure, so no code is generated per type written.)
    pub fn begin_object(&mut self) -> &mut Self {
        self.text.push('{');
        self
    }

    /// Adds the member `name` with `value` to the object being written.
    pub fn field(&mut self, name: &str, value: &dyn ToJson) -> &mut Self {
        // A member follows either the opening brace or a whole value, which never ends in `{`.
        if !self.text.ends_with('{') {
            self.text.push(',');
        }
        self.string(name);
        self.text.push(':');
        value.write_json(self);
        self
    }

    /// Closes the object opened by [`Writer::begin_object`].
    pub fn end_object(&mut self) {
        self.text.push('}');
    }

    /// Writes a string, escaped as JSON requires.
    pub fn string(&mut self, text: &str) {
        self.text.push('"');
        // Runs without anything to escape are copied whole.
        let mut plain_from = 0;
        for (at, byte) in text.bytes().enumerate() {
            let escaped = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                8 => "\\b",
                12 => "\\f",
                0..=0x1F => "",
                _ => continue,
            };
            // Both ends are at ASCII bytes, so on character boundaries; `get` has no panic path.
            self.text.push_str(text.get(plain_from..at).unwrap_or_default());
            plain_from = at + 1;
            if escaped.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.text.push_str("\\u00");
                self.text.push(HEX[usize::from(byte >> 4)] as char);
                self.text.push(HEX[usize::from(byte & 15)] as char);
            } else {
                self.text.push_str(escaped);
            }
        }
        self.text.push_str(text.get(plain_from..).unwrap_or_default());
        self.text.push('"');
    }

    /// Writes a whole number: its sign and its magnitude.
    pub fn number(&mut self, negative: bool, magnitude: u64) {
        if negative && magnitude != 0 {
            self.text.push('-');
        }
        self.text.push_str(&crate::text::Decimal::decimal(&magnitude));
    }

    /// Writes raw JSON text (a literal such as `null`).
    pub fn raw(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// Writes an array of `items`.
    pub fn array<T: ToJson>(&mut self, items: &[T]) {
        self.text.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.text.push(',');
            }
            item.write_json(self);
        }
        self.text.push(']');
    }
}

/// Implements [`ToJson`] for a struct as an object of the named fields, in order.
#[macro_export]
#[doc(hidden)]
macro_rules! json_object {
    ($type:ty { $($field:ident: $name:literal),* $(,)? }) => {
        impl $crate::json::ToJson for $type {
            fn write_json(&self, out: &mut $crate::json::Writer) {
                out.begin_object();
                $( out.field($name, &self.$field); )*
                out.end_object();
            }
        }
    };
}

/// Implements [`ToJson`] for a field-less enum as the given strings, and gives the enum `NAMES`,
/// every value with its name, for the code that reads the names back.
#[macro_export]
#[doc(hidden)]
macro_rules! json_names {
    ($type:ty { $($variant:ident: $name:literal),* $(,)? }) => {
        impl $type {
            /// Every value with its name in JSON.
            pub const NAMES: &'static [(&'static str, Self)] = &[$(($name, Self::$variant)),*];
        }

        impl $crate::json::ToJson for $type {
            fn write_json(&self, out: &mut $crate::json::Writer) {
                out.string(match self { $(Self::$variant => $name),* });
            }
        }
    };
}

impl ToJson for Json {
    fn write_json(&self, out: &mut Writer) {
        match self {
            Json::Null => out.raw("null"),
            Json::Bool(flag) => flag.write_json(out),
            // Only whole numbers are written by the engine; others would need a float printer.
            Json::Number(n) if is_whole(*n) && n.abs() < 9e15 => out.number(*n < 0.0, n.abs() as u64),
            Json::Number(_) => out.raw("null"),
            Json::String(text) => out.string(text),
            Json::Array(items) => out.array(items),
            Json::Object(members) => {
                out.begin_object();
                for (name, value) in members {
                    out.field(name, value);
                }
                out.end_object();
            }
        }
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut Writer) {
        out.raw(if *self { "true" } else { "false" });
    }
}

macro_rules! json_integers {
    ($($type:ty),*) => { $(
        impl ToJson for $type {
            fn write_json(&self, out: &mut Writer) {
                out.number(false, u64::from(*self));
            }
        }
    )* };
}
json_integers!(u8, u32, u64);

impl ToJson for i32 {
    fn write_json(&self, out: &mut Writer) {
        out.number(*self < 0, u64::from(self.unsigned_abs()));
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut Writer) {
        out.string(self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut Writer) {
        out.string(self);
    }
}

impl ToJson for alloc::borrow::Cow<'_, str> {
    fn write_json(&self, out: &mut Writer) {
        out.string(self);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut Writer) {
        (**self).write_json(out);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut Writer) {
        match self {
            Some(value) => value.write_json(out),
            None => out.raw("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut Writer) {
        out.array(self);
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut Writer) {
        out.array(self);
    }
}

impl<T: ToJson, const N: usize> ToJson for [T; N] {
    fn write_json(&self, out: &mut Writer) {
        out.array(self);
    }
}

impl ToJson for NaiveDate {
    fn write_json(&self, out: &mut Writer) {
        out.string(&crate::calendar::iso_date(*self));
    }
}

/// Reads JSON from bytes; positions are byte offsets until an error is reported.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, message: &'static str) -> JsonError {
        let before = &self.bytes[..self.at.min(self.bytes.len())];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        // Columns count characters: continuation bytes of UTF-8 are not counted.
        let column = 1 + before[line_start..].iter().filter(|&&b| b & 0xC0 != 0x80).count();
        JsonError { message, line, column }
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip_space();
        self.bytes.get(self.at).copied()
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        match self.peek() {
            None => Err(self.error("unexpected end of input")),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[' | b'{') if depth >= MAX_DEPTH => Err(self.error("nested too deeply")),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                if self.peek() == Some(b']') {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b']') => {
                            self.at += 1;
                            return Ok(Json::Array(items));
                        }
                        _ => return Err(self.error("expected `,` or `]`")),
                    }
                }
            }
            Some(b'{') => {
                self.at += 1;
                let mut members = Vec::new();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                    return Ok(Json::Object(members));
                }
                loop {
                    if self.peek() != Some(b'"') {
                        return Err(self.error("expected a member name in quotes"));
                    }
                    let name = self.string()?;
                    if self.peek() != Some(b':') {
                        return Err(self.error("expected `:`"));
                    }
                    self.at += 1;
                    members.push((name, self.value(depth + 1)?));
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b'}') => {
                            self.at += 1;
                            return Ok(Json::Object(members));
                        }
                        _ => return Err(self.error("expected `,` or `}`")),
                    }
                }
            }
            Some(_) => Err(self.error("expected a value")),
        }
    }

    /// Reads a string; `self.at` is at the opening quote.
    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut text = Vec::new();
        loop {
            let Some(&byte) = self.bytes.get(self.at) else {
                return Err(self.error("unterminated string"));
            };
            self.at += 1;
            match byte {
                b'"' => break,
                b'\\' => {
                    let Some(&escape) = self.bytes.get(self.at) else {
                        return Err(self.error("unterminated string"));
                    };
                    self.at += 1;
                    let plain = match escape {
                        b'"' => b'"',
                        b'\\' => b'\\',
                        b'/' => b'/',
                        b'b' => 8,
                        b'f' => 12,
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'u' => {
                            let c = self.unicode_escape()?;
                            let mut buffer = [0u8; 4];
                            text.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
                            continue;
                        }
                        _ => {
                            self.at -= 1;
                            return Err(self.error("invalid escape"));
                        }
                    };
                    text.push(plain);
                }
                0..=0x1F => {
                    self.at -= 1;
                    return Err(self.error("control character in string"));
                }
                _ => text.push(byte),
            }
        }
        // The input was a `&str` and escapes add whole characters, so the bytes are UTF-8.
        String::from_utf8(text).map_err(|_| self.error("invalid UTF-8"))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut value = 0;
        for _ in 0..4 {
            let digit = self.bytes.get(self.at).and_then(|b| (*b as char).to_digit(16));
            let Some(digit) = digit else {
                return Err(self.error("invalid \\u escape"));
            };
            value = value * 16 + digit;
            self.at += 1;
        }
        Ok(value)
    }

    /// Reads the four hex digits after `\u` (and a low surrogate after a high one).
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.bytes[self.at..].starts_with(b"\\u") {
                return Err(self.error("lone surrogate in \\u escape"));
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("lone surrogate in \\u escape"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("lone surrogate in \\u escape"))
    }

    /// Reads a number as JSON writes it. The value is exact for whole numbers up to 2^53 and for
    /// decimals of up to 15 significant digits; longer ones are rounded, which no field of the
    /// contract can tell apart (they are counts).
    fn number(&mut self) -> Result<Json, JsonError> {
        let negative = self.bytes[self.at] == b'-';
        if negative {
            self.at += 1;
        }
        let (mut mantissa, mut exponent) = (0u64, 0i32);
        let start = self.at;
        while let Some(digit) = self.digit() {
            push_digit(&mut mantissa, &mut exponent, digit, false);
        }
        if self.at == start {
            return Err(self.error("expected a digit"));
        }
        if self.bytes[start] == b'0' && self.at - start > 1 {
            return Err(self.error("leading zero in number"));
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            let before = self.at;
            while let Some(digit) = self.digit() {
                push_digit(&mut mantissa, &mut exponent, digit, true);
            }
            if self.at == before {
                return Err(self.error("expected a digit after `.`"));
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            let negative_power = self.bytes.get(self.at) == Some(&b'-');
            if let Some(b'-' | b'+') = self.bytes.get(self.at) {
                self.at += 1;
            }
            let before = self.at;
            let mut power: i32 = 0;
            while let Some(digit) = self.digit() {
                power = power.saturating_mul(10).saturating_add(digit as i32);
            }
            if self.at == before {
                return Err(self.error("expected a digit in the exponent"));
            }
            exponent = exponent.saturating_add(if negative_power { -power } else { power });
        }
        let value = scale(mantissa as f64, exponent);
        Ok(Json::Number(if negative { -value } else { value }))
    }

    /// The decimal digit at the position, consumed.
    fn digit(&mut self) -> Option<u64> {
        let byte = *self.bytes.get(self.at)?;
        if byte.is_ascii_digit() {
            self.at += 1;
            Some(u64::from(byte - b'0'))
        } else {
            None
        }
    }
}

/// Adds a digit to the mantissa while it has room; beyond 18 digits an integer digit only moves
/// the exponent and a fraction digit is dropped.
fn push_digit(mantissa: &mut u64, exponent: &mut i32, digit: u64, fraction: bool) {
    if *mantissa < 100_000_000_000_000_000 {
        *mantissa = *mantissa * 10 + digit;
        if fraction {
            *exponent -= 1;
        }
    } else if !fraction {
        *exponent += 1;
    }
}

/// `value × 10^exponent`, exact when both the value and the power of ten are exact in `f64`.
fn scale(value: f64, exponent: i32) -> f64 {
    if value == 0.0 {
        return 0.0;
    }
    let exponent = exponent.clamp(-400, 400);
    let mut power = 1.0f64;
    for _ in 0..exponent.unsigned_abs().min(22) {
        power *= 10.0;
    }
    let rest = exponent.unsigned_abs().saturating_sub(22);
    let mut result = if exponent < 0 { value / power } else { value * power };
    for _ in 0..rest {
        result = if exponent < 0 { result / 10.0 } else { result * 10.0 };
    }
    result
}
