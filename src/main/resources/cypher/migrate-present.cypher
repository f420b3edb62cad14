// Which of the keys the actor stage has retired ($keys) the graph still holds.
MATCH (a:Actor)
WHERE a.key IN $keys
RETURN a.key AS key
