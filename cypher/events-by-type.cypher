// Purpose: Events of one type (Meeting, Attack, Deployment, PrisonerExchange, AidPackage, Election,
//   Statement, War, Other) with their date, participants and roles, mediators, places, and the figures
//   stated about them with who claims each.
// Param eventType: string = "" — one event type (empty: all types)
// Param limit: int = 50 — how many events
// Example: newsgraph query events-by-type --param eventType=PrisonerExchange
MATCH (ev:Event)
WHERE $eventType = '' OR toLower(ev.eventType) = toLower($eventType)
RETURN ev.name AS event, ev.eventType AS eventType, ev.date AS date,
  COLLECT {
    MATCH (p:Entity)-[r:PARTICIPATES_IN]->(ev)
    WITH p, r ORDER BY r.count DESC, p.name
    RETURN p.name + CASE WHEN r.role IS NULL THEN '' ELSE ' (' + r.role + ')' END
  } AS participants,
  COLLECT { MATCH (m:Entity)-[:MEDIATES]->(ev) RETURN m.name ORDER BY m.name } AS mediators,
  COLLECT { MATCH (ev)-[:OCCURRED_IN]->(pl:Entity) RETURN pl.name ORDER BY pl.name } AS places,
  COLLECT {
    MATCH (ev)-[:HAS_FIGURE]->(f:Figure)
    OPTIONAL MATCH (f)-[:CLAIMED_BY]->(c:Entity)
    WITH f, c ORDER BY f.unit, f.value
    RETURN f.text + CASE WHEN c IS NULL THEN '' ELSE ' (according to ' + c.name + ')' END
  } AS figures,
  ev.mentions AS mentions
ORDER BY eventType, date, mentions DESC, event
LIMIT $limit
