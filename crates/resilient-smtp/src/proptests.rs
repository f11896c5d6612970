//! Property tests over everything a caller (or a server) can hand the core: no input reaches a panic, and the checks
//! hold what they promise (issue 15: a Rust panic must never reach Python). `cargo test` runs them.

use std::time::Duration;

use proptest::prelude::*;
use rand::rngs::SmallRng;
use rand::SeedableRng;

use crate::config::{retry_policy, MAX_SECONDS as MAX_DELAY_SECS};
use crate::envelope::{check_header, check_header_block, Payload};
use crate::phase::Budget;
use crate::reply::{printable, EnhancedCode, ReplyParser};

/// Any f64, with the edges weighted in (what a Python float can be).
fn any_secs() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        Just(0.0),
        Just(-0.0),
        Just(f64::MIN_POSITIVE),
        Just(5e-324),
        Just(MAX_DELAY_SECS),
        Just(MAX_DELAY_SECS * (1.0 + f64::EPSILON)),
        Just(1e20),
        Just(1e300),
        Just(f64::MAX),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(f64::NAN),
        0.0..1e10,
    ]
}

fn jitter() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("full"),
        Just("equal"),
        Just("decorrelated"),
        Just("none"),
        Just("bogus")
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// A policy is built or refused; one that is built computes every backoff without panicking, within its cap.
    #[test]
    fn retry_policy_never_panics(
        attempts in any::<u32>(), initial in any_secs(), multiplier in any_secs(), max in any_secs(),
        jitter in jitter(), n in any::<u32>(), previous in any::<u64>(), seed in any::<u64>(),
    ) {
        let Ok(policy) = retry_policy(attempts, initial, multiplier, max, jitter) else { return Ok(()) };
        prop_assert!(policy.initial_delay.as_secs_f64() <= MAX_DELAY_SECS);
        prop_assert!(policy.max_delay.as_secs_f64() <= MAX_DELAY_SECS);
        let mut rng = SmallRng::seed_from_u64(seed);
        for k in [0, 1, 2, n, n.saturating_add(1), u32::MAX] {
            prop_assert!(policy.ceiling(k) <= policy.max_delay);
            let d = policy.delay(k, Duration::from_nanos(previous), &mut rng);
            prop_assert!(d <= policy.max_delay, "{d:?} > {:?}", policy.max_delay);
        }
    }

    /// The caller's numbers are refused exactly when they are no delay: NaN, infinite, negative, past the cap.
    #[test]
    fn retry_policy_refuses_what_is_no_delay(initial in any_secs(), max in any_secs()) {
        let ok = |s: f64| s.is_finite() && (0.0..=MAX_DELAY_SECS).contains(&s);
        prop_assert_eq!(retry_policy(3, initial, 2.0, max, "full").is_ok(), ok(initial) && ok(max));
    }

    #[test]
    fn budget_never_panics(secs in any::<u64>(), nanos in 0u32..1_000_000_000, phase in any::<u64>()) {
        let budget = Budget::new(Some(Duration::new(secs, nanos)));
        let (limit, _) = budget.limit(Duration::from_secs(phase));
        prop_assert!(limit <= Duration::from_secs(phase));
        let _ = budget.would_overrun(Duration::new(secs, nanos));
    }

    /// A header that passes cannot start another: every line break in it folds (is followed by a space or tab).
    #[test]
    fn accepted_headers_inject_nothing(name in "[ -~\t\r\n:\\x00]{0,12}", value in "[ -~\t\r\n\\x00\u{e9}]{0,40}") {
        if check_header(&name, &value).is_ok() {
            prop_assert!(!value.contains('\0'));
            let text = format!("{name}: {value}\r\n");
            let lines: Vec<&str> = text.split_inclusive('\n').collect();
            for line in &lines[1..] {
                prop_assert!(line.starts_with([' ', '\t']), "{text:?} starts a new line {line:?}");
            }
            for (i, c) in value.char_indices() {
                if c == '\r' || c == '\n' {
                    let rest = &value[i + 1..];
                    prop_assert!(rest.starts_with([' ', '\t', '\n']), "{value:?}");
                }
            }
        }
    }

    /// The header-block check never panics, and a block it accepts has no NUL or stray CR before its first empty line.
    #[test]
    fn header_block_check_never_panics(data in proptest::collection::vec(any::<u8>(), 0..300)) {
        if check_header_block(&data).is_ok() {
            let block_end = data
                .split(|&b| b == b'\n')
                .scan(0usize, |pos, line| { let start = *pos; *pos += line.len() + 1; Some((start, line)) })
                .find(|(_, line)| line.is_empty() || *line == b"\r")
                .map_or(data.len(), |(start, _)| start);
            prop_assert!(!data[..block_end].contains(&0));
        }
        let _ = Payload::checked(&data);
    }

    /// Whatever a server sends, reading it never panics, and what is shown of it carries no control character.
    #[test]
    fn replies_are_read_and_shown_safely(lines in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..80), 1..6)) {
        let mut parser = ReplyParser::default();
        for line in &lines {
            match parser.feed(line) {
                Ok(Some(reply)) => {
                    let shown = reply.to_string();
                    prop_assert!(!shown.chars().any(|c| c.is_control() && c != '\t'), "{shown:?}");
                    break;
                }
                Ok(None) => {}
                Err(e) => {
                    let shown = e.to_string();
                    prop_assert!(!shown.chars().any(|c| c.is_control() && c != '\t'), "{shown:?}");
                    break;
                }
            }
        }
    }

    #[test]
    fn printable_escapes_controls_only(text in "\\PC{0,20}|[\\x00-\\x1f\\x7f-\\u{9f}\u{202e}a-z]{0,20}") {
        let shown = printable(&text);
        let bidi_override = '\u{202e}';
        prop_assert!(!shown.chars().any(|c| (c.is_control() && c != '\t') || c == bidi_override), "{shown:?}");
        if !text.chars().any(|c| (c.is_control() && c != '\t') || ('\u{200e}'..='\u{2069}').contains(&c)) {
            prop_assert_eq!(shown.as_ref(), text.as_str());
        }
    }

    /// The enhanced-code parser on bytes reads what the former one on str (split_ascii_whitespace, split('.'), parse)
    /// read, on text built from the characters that matter to it.
    #[test]
    fn enhanced_codes_parse_as_the_str_parser_did(
        text in "[ \t\x0c0-9.a5é]{0,14}",
        class in 0u8..7,
    ) {
        fn former(text: &str, reply_class: u8) -> Option<EnhancedCode> {
            let token = text.split_ascii_whitespace().next()?;
            let mut parts = token.split('.');
            let (c, s, d) = (parts.next()?, parts.next()?, parts.next()?);
            if parts.next().is_some() || c.len() != 1 || !(1..=3).contains(&s.len()) || !(1..=3).contains(&d.len()) {
                return None;
            }
            let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
            if !(all_digits(c) && all_digits(s) && all_digits(d)) {
                return None;
            }
            let class: u8 = c.parse().ok()?;
            (class == reply_class).then(|| EnhancedCode { class, subject: s.parse().unwrap(), detail: d.parse().unwrap() })
        }
        prop_assert_eq!(EnhancedCode::parse_prefix(&text, class), former(&text, class));
    }
}
