//! `GET /maintenance/service-tasks`: the seeded catalogue, five a page,
//! through the typed client (`.send()`, `.items()`) and raw HTTP.

use crate::common;

use common::{Harness, quiet};
use futures::TryStreamExt as _;
use samsara::Paginate as _;
use samsara::types::ServiceTaskDefinition;

/// The documentation's example definition, in every seed.
const OIL_CHANGE: &str = "abf63a9a-4d75-423d-b49f-38a071e6ce36";

async fn all(h: &Harness, include_archived: bool) -> Vec<ServiceTaskDefinition> {
    common::unpaced_client(&h.server)
        .get_service_tasks()
        .include_archived(include_archived)
        .items()
        .try_collect()
        .await
        .unwrap()
}

#[tokio::test]
async fn items_walks_the_catalogue_five_a_page_archived_only_when_asked() {
    let h = Harness::start(quiet(5)).await;
    let active = all(&h, false).await;
    let everything = all(&h, true).await;
    assert_eq!((active.len(), everything.len()), (12, 14));
    assert!(active.iter().all(|t| everything.contains(t)));
    let mut ids: Vec<&str> = everything.iter().map(|t| t.id.as_str()).collect();
    let in_order = ids.clone();
    ids.sort();
    ids.dedup();
    assert_eq!(ids, in_order, "each once, in id order");
    for t in &everything {
        assert!(t.category.is_some() && t.subcategory.is_some(), "{t:?}");
        assert!(
            t.estimated_labor_time_minutes.is_some_and(|m| m > 0),
            "{t:?}"
        );
        let cost = t.estimated_parts_cost.as_ref().unwrap();
        assert_eq!(cost.currency.as_str(), "usd");
        assert!(cost.amount.parse::<f64>().unwrap() >= 0.0);
    }
    let oil = everything.iter().find(|t| t.id == OIL_CHANGE).unwrap();
    assert_eq!(oil.name, "Oil Change");
    assert_eq!(oil.category.as_deref(), Some("Engine"));
    assert_eq!(oil.subcategory.as_deref(), Some("Oil and Lubrication"));
    assert_eq!(oil.estimated_labor_time_minutes, Some(30));

    // The pages themselves: five definitions, a cursor, validated.
    let first = h.get("getServiceTasks", "/maintenance/service-tasks").await;
    assert_eq!(first.data().len(), 5);
    assert!(first.has_next());
    let second = h
        .get(
            "getServiceTasks",
            &format!("/maintenance/service-tasks?after={}", first.cursor()),
        )
        .await;
    assert_eq!(second.data().len(), 5);
    assert!(first.ids().iter().all(|id| !second.ids().contains(id)));
}

#[tokio::test]
async fn ids_filters_with_repeated_keys_and_commas() {
    let h = Harness::start(quiet(5)).await;
    let everything = all(&h, true).await;
    let active = all(&h, false).await;
    let archived: Vec<&ServiceTaskDefinition> =
        everything.iter().filter(|t| !active.contains(t)).collect();
    let (a, b) = (&active[3].id, &active[7].id);

    let client = common::unpaced_client(&h.server);
    let page = client
        .get_service_tasks()
        .ids(vec![a.clone(), b.clone()])
        .send()
        .await
        .unwrap();
    let got: Vec<&str> = page.data.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(got, [a.as_str(), b.as_str()]);
    assert!(!page.pagination.has_next_page);

    let repeated = h
        .get(
            "getServiceTasks",
            &format!("/maintenance/service-tasks?ids={a}&ids={b}"),
        )
        .await;
    let joined = h
        .get(
            "getServiceTasks",
            &format!("/maintenance/service-tasks?ids={a},{b}"),
        )
        .await;
    assert_eq!(repeated.ids(), [a.clone(), b.clone()]);
    assert_eq!(joined.ids(), repeated.ids());

    // An archived definition asked for by id still needs includeArchived.
    let hidden = &archived[0].id;
    let without = client
        .get_service_tasks()
        .ids(vec![hidden.clone()])
        .send()
        .await
        .unwrap();
    assert!(without.data.is_empty());
    let with = client
        .get_service_tasks()
        .ids(vec![hidden.clone()])
        .include_archived(true)
        .send()
        .await
        .unwrap();
    assert_eq!(with.data.len(), 1);
}

#[tokio::test]
async fn the_catalogue_depends_on_the_seed_alone() {
    let ids =
        |tasks: Vec<ServiceTaskDefinition>| tasks.into_iter().map(|t| t.id).collect::<Vec<_>>();
    let a = ids(all(&Harness::start(quiet(5).seed(3)).await, true).await);
    let b = ids(all(&Harness::start(quiet(50).seed(3)).await, true).await);
    let c = ids(all(&Harness::start(quiet(5).seed(4)).await, true).await);
    assert_eq!(a, b, "the number of records does not change it");
    assert_ne!(a, c);
    assert!(c.iter().any(|id| id == OIL_CHANGE));
}
