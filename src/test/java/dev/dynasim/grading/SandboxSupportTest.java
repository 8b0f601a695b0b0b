package dev.dynasim.grading;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Grading refuses, with a message saying what to do, a JDK whose Security Manager is gone (24 and later). */
class SandboxSupportTest {
    @Test
    void jdk17To23_canSandbox() {
        assertThatCode(() -> SandboxSupport.require(17)).doesNotThrowAnyException();
        assertThatCode(() -> SandboxSupport.require(23)).doesNotThrowAnyException();
    }

    @Test
    void jdk25_isRefusedWithWhatToDo() {
        assertThatThrownBy(() -> SandboxSupport.require(25)).isInstanceOf(IllegalStateException.class)
                .hasMessage("grading needs a JDK 17 to 23: its sandbox uses the Security Manager, which JDK 25 no longer has. "
                        + "Run it with a JDK 17 (JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 on Debian).");
    }
}
