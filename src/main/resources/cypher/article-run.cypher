MATCH (a:Article {id: $id}) RETURN a.run AS run
