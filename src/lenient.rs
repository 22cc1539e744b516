//! Lenient reading with serde: a [`Leaf`] takes any value and a [`Part`] any object, so a value of
//! the wrong type or shape is kept and reported with its path instead of stopping the reader at the
//! first problem. The input (`assess::raw`) is read this way, from serde_json or
//! serde-wasm-bindgen alike. The rule overrides (`rules::overrides`) are read as a [`Node`], a
//! value whole down to a fixed depth, and their fields looked up by name with [`fields`].

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use chrono::NaiveDate;
use serde::Deserialize;

/// A JSON scalar, or a marker that something else (an object or array) was given.
#[derive(Clone, Debug, PartialEq)]
pub enum Leaf {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    Compound,
}

/// A part that must be an object (never an array of its field values, never a scalar); anything
/// else is kept as a [`Leaf`] to report it.
#[derive(Debug)]
pub enum Part<T> {
    Object(T),
    Other(Leaf),
}

/// Any value, read whole down to a given depth: a scalar as a [`Leaf`], an array as its items, an
/// object as its fields in the order given. Deeper arrays and objects are `Leaf::Compound`,
/// unread, so a deep or cyclic JavaScript value cannot make the reader recurse without end.
///
/// One visitor reads every level, so a reader built on it costs one instantiation of the
/// deserializer's methods (the element's overrides reader is 3.2 KB brotli smaller this way than
/// with derived structs under `serde_ignored`; docs/size.md).
///
/// ```
/// use kz_work_permit::lenient::{Leaf, Node};
/// let mut json = serde_json::Deserializer::from_str(r#"{"a": [1, {"b": true}], "c": null}"#);
/// let node = Node::read(&mut json, 2).unwrap();
/// let inner = Node::List(vec![Node::Leaf(Leaf::Number(1.0)), Node::Leaf(Leaf::Compound)]);
/// assert_eq!(node, Node::Object(vec![("a".into(), inner), ("c".into(), Node::Leaf(Leaf::Null))]));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Leaf(Leaf),
    List(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl Node {
    /// Reads a value, opening at most `depth` levels of arrays and objects.
    pub fn read<'de, D: Deserializer<'de>>(deserializer: D, depth: usize) -> Result<Node, D::Error> {
        NodeSeed(depth).deserialize(deserializer)
    }

    /// The value as a leaf: itself if it is one, `Leaf::Compound` for an array or object.
    pub fn into_leaf(self) -> Leaf {
        match self {
            Node::Leaf(leaf) => leaf,
            Node::List(_) | Node::Object(_) => Leaf::Compound,
        }
    }
}

/// An object's fields looked up by name: the value of each of `names`, in their order (`None` when
/// absent or null, as serde reads an absent or null `Option`; the last one when a name is given
/// twice, as JavaScript's `JSON.parse` does), and the names given that are not among them, in the
/// order given.
pub fn fields<const N: usize>(fields: Vec<(String, Node)>, names: [&str; N]) -> ([Option<Node>; N], Vec<String>) {
    let mut found = [(); N].map(|()| None);
    let mut unknown = Vec::new();
    for (name, value) in fields {
        match names.iter().position(|known| *known == name) {
            Some(index) => found[index] = Some(value).filter(|value| *value != Node::Leaf(Leaf::Null)),
            None => unknown.push(name),
        }
    }
    (found, unknown)
}

/// Reads a [`Node`] with the depth left.
struct NodeSeed(usize);

impl<'de> DeserializeSeed<'de> for NodeSeed {
    type Value = Node;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for NodeSeed {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Leaf(Leaf::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Leaf(Leaf::Null))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Node, E> {
        LeafVisitor.visit_bool(value).map(Node::Leaf)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Node, E> {
        LeafVisitor.visit_i64(value).map(Node::Leaf)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Node, E> {
        LeafVisitor.visit_u64(value).map(Node::Leaf)
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Node, E> {
        LeafVisitor.visit_f64(value).map(Node::Leaf)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Node, E> {
        LeafVisitor.visit_str(value).map(Node::Leaf)
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Node, E> {
        LeafVisitor.visit_string(value).map(Node::Leaf)
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Node, E> {
        LeafVisitor.visit_bytes(value).map(Node::Leaf)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Node, A::Error> {
        let Some(depth) = self.0.checked_sub(1) else {
            return LeafVisitor.visit_seq(seq).map(Node::Leaf);
        };
        let mut seq = seq;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(NodeSeed(depth))? {
            items.push(item);
        }
        Ok(Node::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Node, A::Error> {
        let Some(depth) = self.0.checked_sub(1) else {
            return LeafVisitor.visit_map(map).map(Node::Leaf);
        };
        let mut map = map;
        let mut fields = Vec::new();
        while let Some(name) = map.next_key::<String>()? {
            fields.push((name, map.next_value_seed(NodeSeed(depth))?));
        }
        Ok(Node::Object(fields))
    }
}

/// A path as the errors write it (`staff.category1`), without serde_ignored's `?` for an `Option`.
pub(crate) fn dotted(path: &serde_ignored::Path) -> String {
    use serde_ignored::Path;
    match path {
        Path::Root => String::new(),
        Path::Seq { parent, index } => format!("{}[{index}]", dotted(parent)),
        Path::Map { parent, key } => match dotted(parent) {
            parent if parent.is_empty() => key.clone(),
            parent => format!("{parent}.{key}"),
        },
        Path::Some { parent } | Path::NewtypeStruct { parent } | Path::NewtypeVariant { parent } => dotted(parent),
    }
}

impl<'de> Deserialize<'de> for Leaf {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LeafVisitor)
    }
}

/// Takes any value: a scalar as itself, an array or object as `Compound` without reading inside
/// (serde-wasm-bindgen's `IgnoredAny` reads nothing, so depth and cycles cannot recurse).
struct LeafVisitor;

impl<'de> Visitor<'de> for LeafVisitor {
    type Value = Leaf;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Leaf, E> {
        Ok(Leaf::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Leaf, E> {
        Ok(Leaf::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Leaf, D::Error> {
        Leaf::deserialize(deserializer)
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Leaf, E> {
        Ok(Leaf::Bool(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Leaf, E> {
        Ok(Leaf::Number(value as f64))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Leaf, E> {
        Ok(Leaf::Number(value as f64))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Leaf, E> {
        // JavaScript's NaN and infinities are not numbers of the contract (JSON has none).
        Ok(if value.is_finite() { Leaf::Number(value) } else { Leaf::Null })
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Leaf, E> {
        Ok(Leaf::Text(value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Leaf, E> {
        Ok(Leaf::Text(value))
    }

    // A typed array or ArrayBuffer (serde-wasm-bindgen hands them over as bytes) is a compound
    // value like any other array; taking it here also spares serde's error message for bytes.
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Leaf, E> {
        Ok(Leaf::Compound)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Leaf, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Leaf::Compound)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Leaf, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Leaf::Compound)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Part<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PartVisitor<T>(std::marker::PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for PartVisitor<T> {
            type Value = Part<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }

            // Only an object is read as one: serde would read a struct from an array of its
            // field values too, which the contract does not allow.
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Part<T>, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Part::Object)
            }

            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Part<T>, A::Error> {
                LeafVisitor.visit_seq(seq).map(Part::Other)
            }

            fn visit_unit<E: de::Error>(self) -> Result<Part<T>, E> {
                Ok(Part::Other(Leaf::Null))
            }

            fn visit_bool<E: de::Error>(self, value: bool) -> Result<Part<T>, E> {
                Ok(Part::Other(Leaf::Bool(value)))
            }

            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Part<T>, E> {
                LeafVisitor.visit_i64(value).map(Part::Other)
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Part<T>, E> {
                LeafVisitor.visit_u64(value).map(Part::Other)
            }

            fn visit_f64<E: de::Error>(self, value: f64) -> Result<Part<T>, E> {
                LeafVisitor.visit_f64(value).map(Part::Other)
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Part<T>, E> {
                LeafVisitor.visit_str(value).map(Part::Other)
            }
        }

        deserializer.deserialize_any(PartVisitor(std::marker::PhantomData))
    }
}

/// Reads a date written exactly as `YYYY-MM-DD`; `None` for any other shape or an impossible date
/// such as 2025-02-30. (chrono's `%Y-%m-%d` parser also takes `+2026-03-25` and one-digit months, which the contract
/// does not.)
///
/// ```
/// use kz_work_permit::lenient::parse_iso_date;
/// assert_eq!(parse_iso_date("2024-02-29").map(|d| d.to_string()), Some("2024-02-29".into()));
/// assert_eq!(parse_iso_date("2025-02-30"), None);
/// assert_eq!(parse_iso_date("25.03.2026"), None);
/// assert_eq!(parse_iso_date("+2026-03-25"), None);
/// ```
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    if !shaped {
        return None;
    }
    let number = |range: core::ops::Range<usize>| bytes[range].iter().fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    NaiveDate::from_ymd_opt(number(0..4) as i32, number(5..7), number(8..10))
}

/// A date as a visitor types it: day, month and year (`27.03.2026`; the separator may also be a
/// comma, slash, hyphen or space, as phone keyboards offer them), or year, month and day when the
/// year comes first (`2026-03-27`). `Ok(None)` for nothing typed; `Err(())` for text that is not
/// a date that exists, such as `30.02.2025` or `soon`, so that it is reported, never dropped.
///
/// ```
/// use kz_work_permit::lenient::parse_typed_date;
/// let day = |y, m, d| Ok(chrono::NaiveDate::from_ymd_opt(y, m, d));
/// assert_eq!(parse_typed_date("27.03.2026"), day(2026, 3, 27));
/// assert_eq!(parse_typed_date(" 7/3/2026 "), day(2026, 3, 7));
/// assert_eq!(parse_typed_date("2026-03-27"), day(2026, 3, 27));
/// assert_eq!(parse_typed_date(""), Ok(None));
/// assert_eq!(parse_typed_date("30.02.2025"), Err(()));
/// assert_eq!(parse_typed_date("2025-02-30"), Err(()));
/// assert_eq!(parse_typed_date("02/30/2025"), Err(()));
/// assert_eq!(parse_typed_date("27.03.26"), Err(()));
/// assert_eq!(parse_typed_date("soon"), Err(()));
/// ```
pub fn parse_typed_date(text: &str) -> Result<Option<NaiveDate>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    // Three groups of at most four digits, each with its length, between single separators
    // (read byte by byte: `split` and `parse` cost the element half a kilobyte more).
    let mut groups = [(0u32, 0u8); 3];
    let mut index = 0;
    for byte in text.bytes() {
        match byte {
            b'0'..=b'9' if groups[index].1 < 4 => {
                let (value, length) = &mut groups[index];
                *value = *value * 10 + u32::from(byte - b'0');
                *length += 1;
            }
            b'.' | b',' | b'/' | b'-' | b' ' if index < 2 && groups[index].1 > 0 => index += 1,
            _ => return Err(()),
        }
    }
    let [(first, first_length), (month, month_length), (last, last_length)] = groups;
    // Four digits say which end the year is at; a two-digit year is not guessed at.
    let (year, day) = match (first_length, month_length, last_length) {
        (4, 1..=2, 1..=2) => (first, last),
        (1..=2, 1..=2, 4) => (last, first),
        _ => return Err(()),
    };
    NaiveDate::from_ymd_opt(year as i32, month, day).map(Some).ok_or(())
}

/// Writes a date for serde as `YYYY-MM-DD`, exactly as chrono's `Serialize` does, without going
/// through `Display`: a result carries dozens of dates, and chrono's formatting of them (its
/// `Debug`, padded, into a new `String` on the JavaScript side) was a twentieth of the time of
/// `assess` in the browser and a tenth of writing its JSON natively (bench/README.md). Use it as
/// `#[serde(serialize_with = "crate::lenient::serialize_date")]`.
///
/// ```
/// use chrono::NaiveDate;
/// let date = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
/// let mut json = serde_json::Serializer::new(Vec::new());
/// kz_work_permit::lenient::serialize_date(&date, &mut json).unwrap();
/// assert_eq!(json.into_inner(), br#""2026-03-05""#);
/// ```
pub fn serialize_date<S: serde::Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    use chrono::Datelike;
    use serde::Serialize;
    let Ok(year) = u32::try_from(date.year()) else { return date.serialize(serializer) };
    if year > 9999 {
        // chrono writes a sign and more digits there; no date of the engine comes near.
        return date.serialize(serializer);
    }
    let (month, day) = (date.month(), date.day());
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let text = [digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), b'-', digit(month / 10), digit(month), b'-', digit(day / 10), digit(day)];
    serializer.serialize_str(std::str::from_utf8(&text).unwrap_or_default())
}

/// [`serialize_date`] for an optional date (`null` for none).
pub fn serialize_optional_date<S: serde::Serializer>(date: &Option<NaiveDate>, serializer: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => serializer.serialize_some(&SerializedDate(date)),
        None => serializer.serialize_none(),
    }
}

struct SerializedDate<'a>(&'a NaiveDate);

impl serde::Serialize for SerializedDate<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_date(self.0, serializer)
    }
}
