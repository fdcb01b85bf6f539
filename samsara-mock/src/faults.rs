//! Fault injection: a seeded share of requests fails the way real gateways
//! fail. Decided before any state change; a faulted write is never applied
//! (the delay fault is the exception: it is a slow success, applied
//! normally), unless `MockConfig::lost_answers` is on: then a 5xx may follow
//! the write, and a cut answer always does.

use std::time::Duration;

use axum::http::StatusCode;

use crate::rng::Rng;

/// What happens to a faulted request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fault {
    /// 500, 502 or 503 with a plain-text body.
    ServerError(StatusCode, &'static str),
    /// 429 with `Retry-After: 0.1`.
    RateLimited,
    /// The normal response, after a pause of 200 ms to 1 s.
    Delay(Duration),
    /// Headers promise more body than is sent, then the connection closes.
    Truncated,
}

const SERVER_ERRORS: &[(StatusCode, &str)] = &[
    (StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error"),
    (StatusCode::BAD_GATEWAY, "Bad Gateway"),
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "upstream connect error or disconnect/reset before headers. reset reason: connection termination",
    ),
];

/// Draws the fate of one request: with probability `rate`, one of the four
/// fault kinds, uniformly.
pub(crate) fn draw(rng: &mut Rng, rate: f64) -> Option<Fault> {
    if rate <= 0.0 || !rng.chance(rate) {
        return None;
    }
    Some(match rng.below(4) {
        0 => {
            let (status, text) = SERVER_ERRORS
                .get(rng.index(SERVER_ERRORS.len()))
                .copied()
                .unwrap_or((StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error"));
            Fault::ServerError(status, text)
        }
        1 => Fault::RateLimited,
        2 => Fault::Delay(Duration::from_millis(200 + rng.below(800))),
        _ => Fault::Truncated,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_zero_never_faults_and_one_always_does() {
        let mut rng = Rng::new(1);
        assert!((0..100).all(|_| draw(&mut rng, 0.0).is_none()));
        assert!((0..100).all(|_| draw(&mut rng, 1.0).is_some()));
    }

    #[test]
    fn every_kind_shows_up_and_the_sequence_is_seeded() {
        let kinds = |seed| {
            let mut rng = Rng::new(seed);
            (0..200).map(|_| draw(&mut rng, 0.5)).collect::<Vec<_>>()
        };
        let a = kinds(9);
        assert_eq!(a, kinds(9));
        assert!(a.iter().any(|f| matches!(f, Some(Fault::ServerError(..)))));
        assert!(a.iter().any(|f| matches!(f, Some(Fault::RateLimited))));
        assert!(a.iter().any(|f| matches!(f, Some(Fault::Delay(_)))));
        assert!(a.iter().any(|f| matches!(f, Some(Fault::Truncated))));
        let share = a.iter().filter(|f| f.is_some()).count();
        assert!((60..140).contains(&share), "{share}");
    }
}
