package dev.dynasim.engine.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A user's ${aws:userid} is an IAM-shaped unique id (AIDA and 17 characters), the same in every run, not its name. */
class PrincipalTest {
    @Test
    void aUsersId_isAnAidaIdDerivedFromItsArn_andItsNameIsItsUsername() {
        Principal alice = Principal.user("123456789012", "alice", List.of());
        assertThat(alice.arn()).isEqualTo("arn:aws:iam::123456789012:user/alice");
        assertThat(alice.userId()).isEqualTo("AIDAXX5Y3VXJ2UDUMQWYZ").hasSize(21);
        assertThat(alice.userName()).isEqualTo("alice");
        assertThat(Principal.user("123456789012", "bob", List.of()).userId()).startsWith("AIDA").isNotEqualTo(alice.userId());
    }

    @Test
    void aRolesId_startsAroa_andAnAssumedRoleSessionsEndsWithTheSessionName() {
        assertThat(Principal.syntheticUserId("arn:aws:iam::123456789012:role/App")).startsWith("AROA").hasSize(21);
        String session = Principal.syntheticUserId("arn:aws:sts::123456789012:assumed-role/App/s1");
        assertThat(session).startsWith("AROA").endsWith(":s1").hasSize(24);
    }
}
