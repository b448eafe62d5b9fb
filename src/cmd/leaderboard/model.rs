//! The leaderboard values the leaves share: scores as Redis sent them, percentile and ties,
//! board months (the calendar is [`crate::time::month_of`]) and periods, trader metadata,
//! and a board's rows with their table.
//!
//! Scores are read as the text Redis sends and kept: a score that a JSON double cannot carry
//! honestly (`inf`, `-inf`, or beyond 2^53 where neighbouring integers merge) gets a
//! `score_text` field with Redis's exact text.

use crate::client::Reply;
use crate::client::reply::scored_reply;
use crate::output::{NamedBytes, Output, add_row, bytes_cell, cell, shorten};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::{Map, Value};

/// 2^53: from here on, a double no longer tells neighbouring integers apart (2^53 + 1 is
/// stored as 2^53), so a number there may not be the one the application wrote.
const EXACT_LIMIT: f64 = 9_007_199_254_740_992.0;

// ---------------------------------------------------------------------------------------------
// Scores.

/// A score as Redis sent it (`text`) and as a number (`value`).
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub value: f64,
    pub text: String,
}

impl Score {
    /// A score as [`crate::client::reply`] decoded it (text and value); NaN is not a score.
    pub fn decoded((text, value): (String, f64)) -> Option<Score> {
        (!value.is_nan()).then_some(Score { value, text })
    }

    /// Whether a JSON number carries this score without loss for any consumer: finite and a
    /// safe integer magnitude (below 2^53, like JavaScript's `Number.MAX_SAFE_INTEGER`).
    pub fn exact_in_json(&self) -> bool {
        self.value.is_finite() && self.value.abs() < EXACT_LIMIT
    }

    /// For a table: integers as integers, others to 2 decimals (trailing zeros dropped);
    /// infinite and beyond-2^53 scores exactly as Redis sent them.
    pub fn for_table(&self) -> String {
        if !self.exact_in_json() {
            return self.text.clone();
        }
        if self.value.fract() == 0.0 {
            return format!("{:.0}", self.value);
        }
        let s = format!("{:.2}", self.value);
        let s = s.trim_end_matches('0').trim_end_matches('.');
        if s == "-0" { "0".into() } else { s.to_owned() }
    }
}

/// A score under `name` in a JSON report (flattened): `name` is a number (`null` when
/// infinite, or when there is no score) and, when that is not the whole truth, `name_text`
/// holds Redis's exact text.
fn named_score<S: Serializer>(
    name: &str,
    score: Option<&Score>,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    let mut m = s.serialize_map(None)?;
    match score {
        Some(score) => {
            m.serialize_entry(name, &score.value.is_finite().then_some(score.value))?;
            if !score.exact_in_json() {
                m.serialize_entry(&format!("{name}_text"), &score.text)?;
            }
        }
        None => m.serialize_entry(name, &())?,
    }
    m.end()
}

/// `score` (and `score_text`): `#[serde(flatten, serialize_with = "score_json")]`.
pub fn score_json<S: Serializer>(score: &Score, s: S) -> std::result::Result<S::Ok, S::Error> {
    named_score("score", Some(score), s)
}

/// `lowest_score` (and `lowest_score_text`), `null` when there is none.
pub fn lowest_score_json<S: Serializer>(
    score: &Option<Score>,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    named_score("lowest_score", score.as_ref(), s)
}

/// `highest_score` (and `highest_score_text`), `null` when there is none.
pub fn highest_score_json<S: Serializer>(
    score: &Option<Score>,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    named_score("highest_score", score.as_ref(), s)
}

/// The members and scores of a `WITHSCORES` read (`what` names it in errors): a server error,
/// or a score that is not a number (NaN included), is an error; nil is no members.
pub fn board_rows(reply: &Reply, what: &str) -> crate::error::Result<Vec<(Vec<u8>, Score)>> {
    Ok(scored_reply(reply, what, |s| !s.score.is_nan())?
        .into_iter()
        .map(|s| {
            let score = Score {
                value: s.score,
                text: s.score_text,
            };
            (s.member, score)
        })
        .collect())
}

// ---------------------------------------------------------------------------------------------
// Domain rules: percentile, ties, months, periods.

/// `round((1 - (rank - 1) / total) * 100, 1)`: the top trader (rank 1) is 100.0.
pub fn percentile(rank: u64, total: u64) -> f64 {
    if total == 0 {
        return 0.0;
    }
    let p = (1.0 - (rank.saturating_sub(1)) as f64 / total as f64) * 100.0;
    (p * 10.0).round() / 10.0
}

/// Marks each row whose score equals its neighbour's (above or below) as tied.
pub fn tie_flags(scores: &[f64]) -> Vec<bool> {
    (0..scores.len())
        .map(|i| {
            (i > 0 && scores[i - 1] == scores[i])
                || (i + 1 < scores.len() && scores[i + 1] == scores[i])
        })
        .collect()
}

/// The current month, UTC, from the system clock.
pub fn current_month() -> String {
    let now = crate::client::reply::unix_now().as_secs();
    crate::time::month_of(i64::try_from(now).unwrap_or(i64::MAX))
}

/// A board month: `YYYY-MM` with a month from 01 to 12.
pub fn parse_month(s: &str) -> std::result::Result<String, String> {
    let b = s.as_bytes();
    let ok = b.len() == 7
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..].iter().all(u8::is_ascii_digit)
        && matches!(s[5..].parse::<u8>(), Ok(1..=12));
    if ok {
        Ok(s.to_owned())
    } else {
        Err(format!("'{s}' is not a month; use YYYY-MM, e.g. 2026-03"))
    }
}

/// A board period: non-empty, without ':' (which separates the parts of the key).
pub fn parse_period(s: &str) -> std::result::Result<String, String> {
    if s.is_empty() || s.contains(':') {
        Err(format!(
            "'{s}' is not a period; use e.g. monthly, weekly (no ':')"
        ))
    } else {
        Ok(s.to_owned())
    }
}

// ---------------------------------------------------------------------------------------------
// Rows and metadata.

/// A trader's display metadata, as found in `trader:meta:{trader}`. In a JSON row: `meta`
/// (the object, or `null`), `meta_status` (`ok`, `missing`, `bad`) and, when bad, `meta_error`.
#[derive(Debug, Clone)]
pub enum Meta {
    Found(Map<String, Value>),
    Missing,
    /// Present but unusable: not JSON, not an object, or not a string key.
    Bad(String),
}

impl Meta {
    pub fn parse(raw: Option<&[u8]>) -> Meta {
        let Some(raw) = raw else { return Meta::Missing };
        match serde_json::from_slice::<Value>(raw) {
            Ok(Value::Object(m)) => Meta::Found(m),
            Ok(_) => Meta::Bad("not a JSON object".into()),
            Err(_) => Meta::Bad("not valid JSON".into()),
        }
    }

    fn status(&self) -> &'static str {
        match self {
            Meta::Found(_) => "ok",
            Meta::Missing => "missing",
            Meta::Bad(_) => "bad",
        }
    }
}

impl Serialize for Meta {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        match self {
            Meta::Found(o) => m.serialize_entry("meta", o)?,
            _ => m.serialize_entry("meta", &())?,
        }
        m.serialize_entry("meta_status", self.status())?;
        if let Meta::Bad(why) = self {
            m.serialize_entry("meta_error", why)?;
        }
        m.end()
    }
}

/// Whether a row ties with a neighbour, and whether it is the trader asked about (`rank
/// --around` only).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Tie {
    pub tied: bool,
    pub target: bool,
}

/// One line of a board.
#[derive(Debug, Clone, Serialize)]
pub struct BoardRow {
    /// 1-based position from the top, as Redis orders the board.
    pub rank: u64,
    #[serde(flatten)]
    pub member: NamedBytes,
    #[serde(flatten, serialize_with = "score_json")]
    pub score: Score,
    /// `None` when metadata was not read (`--no-meta`).
    #[serde(flatten)]
    pub meta: Option<Meta>,
    /// Only computed by `rank --around`.
    #[serde(flatten)]
    pub tie: Option<Tie>,
}

impl BoardRow {
    pub fn new(rank: u64, member: Vec<u8>, score: Score) -> BoardRow {
        BoardRow {
            rank,
            member: NamedBytes::new("member", member),
            score,
            meta: None,
            tie: None,
        }
    }
}

/// Warns when a score is at or beyond 2^53, where neighbouring integers merge.
pub fn warn_beyond_exact(out: &Output, rows: &[BoardRow]) {
    if rows
        .iter()
        .any(|r| r.score.value.is_finite() && !r.score.exact_in_json())
    {
        out.warn("some scores are at or beyond 2^53: Redis stores scores as doubles, so neighbouring integers there cannot be told apart; the exact text Redis holds is shown (score_text in JSON)");
    }
}

/// The rows as a table: rank (the target marked, ties noted), trader, score, and with
/// `with_meta` the trader's name and followers.
pub fn rows_table(out: &Output, rows: &[BoardRow], with_meta: bool) -> comfy_table::Table {
    let mut header = vec!["rank", "trader", "score"];
    if with_meta {
        header.extend(["name", "followers"]);
    }
    let mut t = out.new_table(&header);
    for r in rows {
        let (target, tied) = match r.tie {
            Some(t) => (t.target, Some(t.tied)),
            None => (false, None),
        };
        let rank = match (target, tied) {
            (true, Some(true)) => format!("▶ {} (tie)", r.rank),
            (true, _) => format!("▶ {}", r.rank),
            (false, Some(true)) => format!("{} (tie)", r.rank),
            _ => r.rank.to_string(),
        };
        let mut cells = vec![
            cell(rank),
            bytes_cell(&r.member.bytes),
            cell(r.score.for_table()),
        ];
        if with_meta {
            match &r.meta {
                Some(Meta::Found(m)) => {
                    cells.push(cell(shorten(&field_text(m.get("name")), 40)));
                    cells.push(cell(field_text(m.get("followers"))));
                }
                Some(Meta::Bad(why)) => {
                    cells.push(out.alert_cell(format!("bad metadata: {why}")));
                    cells.push(cell("-"));
                }
                Some(Meta::Missing) | None => {
                    cells.push(out.warn_cell("no metadata"));
                    cells.push(cell("-"));
                }
            }
        }
        add_row(&mut t, cells);
    }
    t
}

fn field_text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "-".into(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A score as Redis sends it in RESP2 (`ZSCORE`'s bulk string), decoded.
    fn parse(text: &str) -> Option<Score> {
        crate::client::reply::score_value(&redis::Value::BulkString(text.as_bytes().to_vec()))
            .and_then(Score::decoded)
    }

    #[test]
    fn percentile_top_is_100_and_rounds_to_one_decimal() {
        assert_eq!(percentile(1, 100_000), 100.0);
        assert_eq!(percentile(100_000, 100_000), 0.0);
        assert_eq!(percentile(1, 1), 100.0);
        assert_eq!(percentile(2, 3), 66.7);
        assert_eq!(percentile(3, 3), 33.3);
        assert_eq!(percentile(51, 200), 75.0);
        assert_eq!(percentile(5001, 100_000), 95.0);
        assert_eq!(percentile(1, 0), 0.0);
    }

    #[test]
    fn the_current_month_is_a_board_month() {
        assert_eq!(parse_month(&current_month()), Ok(current_month()));
    }

    #[test]
    fn months_are_validated() {
        assert_eq!(parse_month("2026-03").as_deref(), Ok("2026-03"));
        assert!(parse_month("2026-12").is_ok());
        for bad in [
            "2026-13",
            "2026-00",
            "2026-3",
            "26-03",
            "2026/03",
            "2026-03-01",
            "abcd-ef",
            "",
        ] {
            assert!(parse_month(bad).is_err(), "{bad}");
        }
        assert!(parse_period("weekly").is_ok());
        assert!(parse_period("").is_err());
        assert!(parse_period("a:b").is_err());
    }

    /// A row's JSON, as a map.
    fn row_json(score: &str) -> Map<String, Value> {
        let row = BoardRow::new(1, b"t-1".to_vec(), parse(score).unwrap());
        match crate::output::to_json(&row).unwrap() {
            Value::Object(m) => m,
            other => panic!("not an object: {other}"),
        }
    }

    #[test]
    fn scores_keep_redis_text_when_json_cannot() {
        let s = parse("0.10000000000000001").unwrap();
        assert!(s.exact_in_json());
        assert_eq!(s.for_table(), "0.1");
        let m = row_json("0.10000000000000001");
        assert_eq!(m["score"], json!(0.1));
        assert!(!m.contains_key("score_text"));

        let inf = parse("-inf").unwrap();
        let m = row_json("-inf");
        assert_eq!(m["score"], Value::Null);
        assert_eq!(m["score_text"], "-inf");
        assert_eq!(inf.for_table(), "-inf");

        let big = parse("9007199254740994").unwrap();
        assert!(!big.exact_in_json());
        assert_eq!(big.for_table(), "9007199254740994");
        assert!(!parse("9007199254740992").unwrap().exact_in_json());
        assert!(parse("9007199254740991").unwrap().exact_in_json());
        assert!(parse("-9007199254740991").unwrap().exact_in_json());
        assert_eq!(parse("12").unwrap().for_table(), "12");
        assert_eq!(parse("12.345").unwrap().for_table(), "12.35");
        assert_eq!(parse("-0.001").unwrap().for_table(), "0");
        assert!(parse("nan").is_none());
        assert!(parse("abc").is_none());
    }

    #[test]
    fn a_row_is_rank_member_score_then_meta_then_tie() {
        let mut row = BoardRow::new(3, vec![b't', 0xff], parse("inf").unwrap());
        let keys = |row: &BoardRow| -> Vec<String> {
            match crate::output::to_json(row).unwrap() {
                Value::Object(m) => m.keys().cloned().collect(),
                _ => Vec::new(),
            }
        };
        assert_eq!(
            keys(&row),
            ["rank", "member", "member_hex", "score", "score_text"]
        );
        row.meta = Some(Meta::Bad("not valid JSON".into()));
        row.tie = Some(Tie {
            tied: true,
            target: false,
        });
        assert_eq!(
            keys(&row),
            [
                "rank",
                "member",
                "member_hex",
                "score",
                "score_text",
                "meta",
                "meta_status",
                "meta_error",
                "tied",
                "target"
            ]
        );
    }

    #[test]
    fn ties_are_equal_neighbours() {
        assert_eq!(
            tie_flags(&[5.0, 4.0, 4.0, 3.0, 2.0, 2.0]),
            [false, true, true, false, true, true]
        );
        assert!(tie_flags(&[]).is_empty());
    }

    #[test]
    fn metadata_states() {
        assert!(matches!(Meta::parse(None), Meta::Missing));
        assert!(matches!(
            Meta::parse(Some(b"{\"name\":\"A\"}")),
            Meta::Found(_)
        ));
        assert!(matches!(Meta::parse(Some(b"{oops")), Meta::Bad(_)));
        assert!(matches!(Meta::parse(Some(b"[1,2]")), Meta::Bad(_)));
    }
}
