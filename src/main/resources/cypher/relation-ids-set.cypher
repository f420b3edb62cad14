// Sets the stable ids the application computed ($edges: {ref, id}) on edges named by element id,
// read in the same transaction (element ids are not kept anywhere).
UNWIND $edges AS e
MATCH ()-[r]->() WHERE elementId(r) = e.ref
SET r.id = e.id
