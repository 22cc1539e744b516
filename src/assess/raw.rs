//! The input as it arrives from JSON or JavaScript: every leaf accepts any scalar, so a wrong type
//! is reported together with every other problem instead of stopping the parse at the first one.
//! Unknown fields are still rejected at once, with their path.

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
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

impl<'de> Deserialize<'de> for Leaf {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LeafVisitor)
    }
}

struct LeafVisitor;

impl<'de> Visitor<'de> for LeafVisitor {
    type Value = Leaf;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Leaf, E> {
        Ok(Leaf::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Leaf, E> {
        Ok(Leaf::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Leaf, D::Error> {
        deserializer.deserialize_any(self)
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
        Ok(Leaf::Number(value))
    }
    fn visit_str<E: de::Error>(self, value: &str) -> Result<Leaf, E> {
        Ok(Leaf::Text(value.to_owned()))
    }
    fn visit_string<E: de::Error>(self, value: String) -> Result<Leaf, E> {
        Ok(Leaf::Text(value))
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

/// Reads `T` only from a JSON object (a map), never from an array of its field values, which
/// serde's derive would otherwise accept.
#[derive(Debug, Default)]
pub struct Object<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
            type Value = Object<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object<T>, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Object)
            }
        }
        deserializer.deserialize_map(ObjectVisitor(std::marker::PhantomData))
    }
}

/// The top level of the input.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RawInput {
    pub as_of: Option<Leaf>,
    pub language: Option<Leaf>,
    pub employer: Option<Object<RawEmployer>>,
    pub staff: Option<Object<RawStaff>>,
    pub hire: Option<Object<RawHire>>,
    pub dates: Option<Object<RawDates>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RawEmployer {
    pub kind: Option<Leaf>,
    pub small_business: Option<Leaf>,
    pub employees: Option<Leaf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RawStaff {
    pub category1: Option<Object<RawCategory>>,
    pub category2: Option<Object<RawCategory>>,
    pub category3: Option<Object<RawCategory>>,
    pub category4: Option<Object<RawCategory>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RawCategory {
    pub citizens: Option<Leaf>,
    pub foreigners: Option<Leaf>,
    pub intra_corporate_transfers: Option<Leaf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RawHire {
    pub route: Option<Leaf>,
    pub category: Option<Leaf>,
    pub count: Option<Leaf>,
    pub citizenship: Option<Leaf>,
    pub seasonal_days: Option<Leaf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RawDates {
    pub vacancy_posted: Option<Leaf>,
    pub application_registered: Option<Leaf>,
    pub approval_notified: Option<Leaf>,
    pub contract_signed: Option<Leaf>,
    pub permit_expires: Option<Leaf>,
}
