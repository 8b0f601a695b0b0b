package dev.dynasim.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evidence as checks read it: tables, bill, trace counts and refusals from the snapshot, probe values, and what is missing said in words. */
class SubmissionTest {
    private static final String SNAPSHOT = """
            {"now": 60000,
             "tables": [{"name": "Fixed", "billingMode": "PAY_PER_REQUEST", "readCapacityUnits": 0, "writeCapacityUnits": 0, "itemCount": 12,
                         "sizeBytes": 480, "partitions": 8, "requests": 71000, "throttledRequests": 65, "readUnits": 0.0, "writeUnits": 71000.0}],
             "bill": {"total": "0.044375", "byTable": {"Fixed": "0.044375"}},
             "trace": {"RequestThrottled": {"Fixed": 65}, "TableCreated": {"Fixed": 1}},
             "refused": ["writing /tmp/*, outside the submission's folder", "reading /etc/hostname, outside the submission's folder"]}
            """;

    private static Submission submission() {
        return new Submission(RunOutcome.FINISHED, List.of(), "", Map.of("answer", new ProbeValue("answer", "5", null),
                "missing", new ProbeValue("missing", null, "cannot find symbol")), SNAPSHOT);
    }

    @Test
    void theSnapshot_givesTablesBillAndTraceCounts() {
        Submission s = submission();
        assertThat(s.table("Fixed")).isEqualTo(new TableEvidence("Fixed", "PAY_PER_REQUEST", 0, 0, 12, 480, 8, 71000, 65, 0.0, 71000.0));
        assertThat(s.table("Fixed").onDemand()).isTrue();
        assertThat(s.table("Fixed").offered()).isEqualTo(71065);
        assertThat(s.billTotal()).isEqualByComparingTo("0.044375");
        assertThat(s.billFor("Fixed")).isEqualByComparingTo("0.044375");
        assertThat(s.billFor("Other")).isEqualTo(BigDecimal.ZERO);
        assertThat(s.traceCount("RequestThrottled", "Fixed")).isEqualTo(65);
        assertThat(s.traceCount("PartitionSplit", "Fixed")).isZero();
    }

    @Test
    void refusals_areReadFromTheSnapshotInOrder() {
        assertThat(submission().refused()).containsExactly("writing /tmp/*, outside the submission's folder",
                "reading /etc/hostname, outside the submission's folder");
    }

    @Test
    void missingEvidence_failsWithWhatIsMissing() {
        Submission s = submission();
        assertThat(s.probe("answer").asLong()).isEqualTo(5);
        assertThatThrownBy(() -> s.probe("missing").asLong()).isInstanceOf(MissingEvidence.class)
                .hasMessage("missing could not be read (cannot find symbol): define it as the exercise asks");
        assertThatThrownBy(() -> s.table("Books")).hasMessage("there is no table called Books (tables: Fixed)");
        assertThatThrownBy(() -> s.probe("nope")).hasMessage("the grader could not read nope (the submission did not finish)");
        assertThatThrownBy(() -> new ProbeValue("answer", "five", null).asDouble()).hasMessage("answer should be a number, but is \"five\"");
    }
}
