//! What the binary shows: on a terminal, a progress bar counting the
//! records committed (from the [`PROGRESS`] events)
//! above human-readable warnings; otherwise one JSON object per log line,
//! for a log collector. `RUST_LOG` filters either (default `info`).

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};
use tracing::field::{Field, Visit};
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer};

use crate::sync::PROGRESS;

/// Installs the logging: a progress bar on a terminal, JSON lines otherwise.
pub fn init() {
    let filter = || {
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("samsara_sync=info"))
    };
    if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {pos} records committed {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        let human = tracing_subscriber::fmt::layer()
            .with_writer(std::io::stderr)
            .with_filter(tracing_subscriber::filter::filter_fn(|meta| {
                meta.target() != PROGRESS
            }));
        tracing_subscriber::registry()
            .with(filter())
            .with(Bar(bar))
            .with(human)
            .init();
    } else {
        tracing_subscriber::fmt()
            .json()
            .with_env_filter(filter())
            .with_writer(std::io::stderr)
            .init();
    }
}

/// Counts the records of each committed page on the bar.
struct Bar(ProgressBar);

impl<S: tracing::Subscriber> Layer<S> for Bar {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        if event.metadata().target() != PROGRESS {
            return;
        }
        let mut page = Page::default();
        event.record(&mut page);
        self.0.inc(page.records);
        self.0
            .set_message(format!("({} {})", page.organisation, page.stream));
    }
}

#[derive(Default)]
struct Page {
    records: u64,
    organisation: String,
    stream: String,
}

impl Visit for Page {
    fn record_u64(&mut self, field: &Field, value: u64) {
        if field.name() == "records" {
            self.records = value;
        }
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        match field.name() {
            "organisation" => self.organisation = value.to_owned(),
            "stream" => self.stream = value.to_owned(),
            _ => {}
        }
    }

    fn record_debug(&mut self, _: &Field, _: &dyn std::fmt::Debug) {}
}
