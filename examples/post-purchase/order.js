// The order on this page, handed to Pulso. Survey triggers can match on its fields
// (e.g. `{ "type": "event", "event": "purchase", "where": [{ "path": "order.total", "op": "gte", "value": 100 }] }`).
window.Pulso.track('purchase', {
  order: { id: 'TF-10482', total: 154.7, currency: 'BRL', items: 3, firstOrder: true },
});
