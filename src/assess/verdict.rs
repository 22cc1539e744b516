//! The verdict: the answer to "can I hire?" in one code and one sentence, drawn from the permit,
//! local-content and intra-corporate-transfer answers already worked out.

use serde::Serialize;

use super::input::Input;
use super::local_content::{IctCheck, LocalContent, LocalContentGroup};
use super::{Context, Finding};
use crate::rules::ParameterId;
use crate::text::Message;

/// Can the employer hire the foreign worker it wants?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub enum VerdictCode {
    /// A citizen of an EAEU member state: no permit is needed.
    NoPermitNeeded,
    /// The ratios hold after the hire (or an exemption applies) and the transfer cap holds.
    CanApply,
    /// A ratio fails after the hire, or the intra-corporate transfer cap is exceeded.
    WouldBeRefused,
}

crate::wire_names!(VerdictCode);

/// The verdict and the sentence that explains it, with the parameters it rests on.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Verdict {
    pub code: VerdictCode,
    pub finding: Finding,
}

pub(crate) fn assess(
    context: &mut Context,
    input: &Input,
    permit_needed: bool,
    local_content: &LocalContent,
    ict: Option<&IctCheck>,
) -> Verdict {
    const RATIOS: [ParameterId; 2] =
        [ParameterId::LocalContentMinPercentCategories1And2, ParameterId::LocalContentMinPercentCategories3And4];
    if !permit_needed {
        let finding = context.finding(Message::VerdictNoPermitNeeded, &[ParameterId::EaeuMemberStates]);
        return Verdict { code: VerdictCode::NoPermitNeeded, finding };
    }
    let count = input.hire.count;
    if local_content.applies && !local_content.meets_all {
        let failing: Vec<&LocalContentGroup> = local_content.groups.iter().filter(|group| !group.meets).collect();
        let sentence = match failing.as_slice() {
            [group] => match group.citizens_to_hire {
                Some(citizens) => Message::VerdictRefusedRatio
                    .with("citizens", citizens)
                    .with("categories", categories(group))
                    .with("percent", group.min_citizen_percent),
                None => Message::VerdictRefusedRatioUnreachable
                    .with("categories", categories(group))
                    .with("percent", group.min_citizen_percent),
            },
            _ => Message::VerdictRefusedRatios.with(
                "citizens",
                failing.iter().filter_map(|group| group.citizens_to_hire).sum::<u64>(),
            ),
        };
        let finding = context.finding(sentence, &RATIOS);
        return Verdict { code: VerdictCode::WouldBeRefused, finding };
    }
    if let Some(check) = ict.filter(|check| !check.meets) {
        let sentence = Message::VerdictRefusedIct.with("cap", check.cap).with("count", check.after_hire).with("category", check.category);
        let finding = context.finding(sentence, &[ParameterId::IctMaxPercentOfCitizens]);
        return Verdict { code: VerdictCode::WouldBeRefused, finding };
    }
    let (message, ids): (Message, &[ParameterId]) = match local_content.exemption {
        Some(_) => (Message::VerdictCanApplyExempt, &[]),
        None => (Message::VerdictCanApply, &RATIOS),
    };
    // An exemption's own parameters are in the local-content finding; the verdict carries them too.
    let mut finding = context.finding(message.with("count", count), ids);
    if local_content.exemption.is_some() {
        finding.parameters.clone_from(&local_content.finding.parameters);
        finding.confidence = local_content.finding.confidence;
    }
    if let Some(check) = ict {
        finding.parameters.extend(check.finding.parameters.iter().cloned());
        finding.confidence = finding.confidence.min(check.finding.confidence);
    }
    Verdict { code: VerdictCode::CanApply, finding }
}

/// A group's categories as a range, "1-2" or "3-4".
fn categories(group: &LocalContentGroup) -> String {
    format!("{}-{}", group.categories[0], group.categories[1])
}
