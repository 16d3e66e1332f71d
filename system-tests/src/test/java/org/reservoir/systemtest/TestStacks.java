package org.reservoir.systemtest;

import org.reservoir.launcher.Stack;

import java.nio.file.Path;

/** Starts the packaged stack for one system-test class, in its own data folder and port range. */
final class TestStacks {

    private TestStacks() {
    }

    /**
     * Each class gets its own band of port offsets ({@code slot} 0, 1, 2, …), spread by the test JVM's pid so that parallel
     * builds rarely meet; every port stays below 32768, where the kernel's ephemeral ports (client sockets) begin
     * (slots 0–4: the highest, Kafka's 19092 + 13,490, is 32,582).
     */
    static Stack start(String name, int slot) {
        if (slot < 0 || slot > 4) {
            throw new IllegalArgumentException("slot " + slot + ": only 0–4 keep every port below 32768");
        }
        Path home = Path.of(System.getProperty("reservoir.home", "..")).toAbsolutePath().normalize();
        Path data = Path.of(System.getProperty("reservoir.build.dir", "target")).toAbsolutePath().resolve(name);
        int offset = 1000 + slot * 2500 + (int) (ProcessHandle.current().pid() % 250) * 10;
        return new Stack(new Stack.Settings(home, data, false, offset, "256m")).start();
    }
}
