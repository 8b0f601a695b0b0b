package dev.dynasim.engine.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CIDR blocks, ports and the perimeter's allow-only evaluation. */
class FirewallRuleTest {
    @ParameterizedTest
    @CsvSource({
        "10.0.0.0/16, 10.0.0.0, true",
        "10.0.0.0/16, 10.0.255.255, true",
        "10.0.0.0/16, 10.1.0.0, false",
        "10.0.0.0/16, 203.0.113.9, false",
        "0.0.0.0/0, 203.0.113.9, true",
        "0.0.0.0/0, 255.255.255.255, true",
        "203.0.113.7/32, 203.0.113.7, true",
        "203.0.113.7/32, 203.0.113.8, false",
        "192.168.1.128/25, 192.168.1.200, true",
        "192.168.1.128/25, 192.168.1.127, false"})
    void allows_sourceInsideTheBlock_onlyOnTheRulesPort(String cidr, String source, boolean inside) {
        FirewallRule rule = FirewallRule.allow(cidr, 27017);
        assertThat(rule.allows(source, 27017)).isEqualTo(inside);
        assertThat(rule.allows(source, 22)).isFalse();
    }

    @Test
    void addresses_countTheBlock_andSlashZeroOpensToEveryone() {
        assertThat(FirewallRule.allow("10.0.0.0/16", 27017).addresses()).isEqualTo(65_536);
        assertThat(FirewallRule.allow("0.0.0.0/0", 27017).addresses()).isEqualTo(4_294_967_296L);
        assertThat(FirewallRule.allow("0.0.0.0/0", 27017).opensToEveryone()).isTrue();
        assertThat(FirewallRule.allow("10.0.0.0/16", 27017).opensToEveryone()).isFalse();
    }

    @Test
    void bareAddress_meansSlash32() {
        FirewallRule rule = FirewallRule.allow("203.0.113.7", 27017);
        assertThat(rule.cidr()).isEqualTo("203.0.113.7/32");
        assertThat(rule).hasToString("allow 203.0.113.7/32 on port 27017");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10.0.0/16|\"10.0.0/16\" is not a CIDR block: write an IPv4 address and a prefix length, like 10.0.0.0/16 or 0.0.0.0/0",
        "10.0.0.256/32|\"10.0.0.256/32\" is not a CIDR block: write an IPv4 address and a prefix length, like 10.0.0.0/16 or 0.0.0.0/0",
        "10.0.0.0/16/8|\"10.0.0.0/16/8\" is not a CIDR block: write an IPv4 address and a prefix length, like 10.0.0.0/16 or 0.0.0.0/0",
        "10.0.0.0/33|\"10.0.0.0/33\" is not a CIDR block: the prefix length after / must be a whole number from 0 to 32",
        "10.0.0.0/|\"10.0.0.0/\" is not a CIDR block: the prefix length after / must be a whole number from 0 to 32",
        "10.0.0.1/16|\"10.0.0.1/16\" is not a CIDR block: the address has bits set beyond the /16 prefix; did you mean 10.0.0.0/16?",
        "anywhere|\"anywhere/32\" is not a CIDR block: write an IPv4 address and a prefix length, like 10.0.0.0/16 or 0.0.0.0/0"})
    void badCidr_rejectedWithAClearMessage(String cidr, String message) {
        assertThatThrownBy(() -> FirewallRule.allow(cidr, 27017)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void badPortOrSource_rejectedWithAClearMessage() {
        assertThatThrownBy(() -> FirewallRule.allow("10.0.0.0/16", 70000)).hasMessage("port 70000 is not a TCP port (1 to 65535)");
        assertThatThrownBy(() -> FirewallRule.allow("10.0.0.0/16", 27017).allows("10.0.1", 27017))
                .hasMessage("source address \"10.0.1\" is not an IPv4 address (four numbers from 0 to 255 separated by dots,"
                        + " e.g. 10.0.1.5)");
    }

    @Test
    void perimeter_anyRuleAdmits_andNoRuleMeansDropped() {
        NetworkPerimeter office = NetworkPerimeter.of(FirewallRule.allow("10.0.0.0/16", 27017));
        assertThat(office.reachable("10.0.4.2", 27017)).isTrue();
        assertThat(office.reachable("203.0.113.9", 27017)).isFalse();
        NetworkPerimeter open = office.allow("0.0.0.0/0", 27017);
        assertThat(open.reachable("203.0.113.9", 27017)).isTrue();
        assertThat(open.admittedBy("203.0.113.9", 27017)).contains(FirewallRule.allow("0.0.0.0/0", 27017));
        assertThat(open).hasToString("allow 10.0.0.0/16 on port 27017\nallow 0.0.0.0/0 on port 27017");
        assertThat(NetworkPerimeter.closed().reachable("10.0.4.2", 27017)).isFalse();
        assertThat(NetworkPerimeter.closed()).hasToString("no rules: every connection is dropped");
    }
}
