// @grade own-items
// @title Write a policy that lets carol read only her own items
// @probe name: carol.userName()
// @probe ownGet: dev.dynasim.grading.Attempt.as(carol, () -> notes.get(key("UserId", "carol", "NoteId", "1")))
// @probe ownQuery: dev.dynasim.grading.Attempt.as(carol, () -> notes.query("UserId = :u", ":u", "carol"))
// @probe othersGet: dev.dynasim.grading.Attempt.as(carol, () -> notes.get(key("UserId", "bob", "NoteId", "1")))
// @probe othersQuery: dev.dynasim.grading.Attempt.as(carol, () -> notes.query("UserId = :u", ":u", "alice"))
// @probe put: dev.dynasim.grading.Attempt.as(carol, () -> notes.put(item("UserId", "carol", "NoteId", "9", "Text", "x")))

// @check 1 calledCarol: the user is called carol
CheckResult calledCarol(Submission s) {
    String name = s.probe("name").asText();
    return CheckResult.that(name.equals("carol"), "a user called carol", name, "${aws:username} is the user's name: user(\"carol\", policy)");
}

// @check 2 readsOwnItems: carol can GetItem and Query her own items
CheckResult readsOwnItems(Submission s) {
    String get = s.probe("ownGet").asText();
    String query = s.probe("ownQuery").asText();
    if (!get.equals("allowed")) return CheckResult.fail("carol cannot GetItem her own note: " + get + ". Allow dynamodb:GetItem on the table's ARN");
    return CheckResult.that(query.equals("allowed"), "carol's Query of her own items allowed", query, "allow dynamodb:Query too");
}

// @check 2 refusedOthers: carol is refused bob's note
CheckResult refusedOthers(Submission s) {
    String get = s.probe("othersGet").asText();
    return CheckResult.that(get.startsWith("AccessDeniedException"), "AccessDeniedException for bob's note", get,
            "add a Condition with ForAllValues:StringEquals on dynamodb:LeadingKeys = ${aws:username} (facts I3)");
}

// @check 1 hidden refusedOthersQuery: carol's Query of alice's items is refused too
CheckResult refusedOthersQuery(Submission s) {
    String query = s.probe("othersQuery").asText();
    return CheckResult.that(query.startsWith("AccessDeniedException"), "AccessDeniedException for a Query of alice's items", query,
            "the LeadingKeys condition must cover Query as well as GetItem");
}

// @check 1 hidden readOnly: carol cannot write (least privilege)
CheckResult readOnly(Submission s) {
    String put = s.probe("put").asText();
    return CheckResult.that(put.startsWith("AccessDeniedException"), "PutItem refused: the exercise asks for reading only", put,
            "allow only dynamodb:GetItem and dynamodb:Query");
}
