package org.reservoir.launcher;

import java.nio.file.Path;

/** Starts the packaged stack for one test class (system and contract tests), in its own data folder and port range. */
public final class TestStacks {

    /** Slots 0–5: the highest port, slot 5's Kafka controller (19093 + 12,990), is 32,083. */
    public static final int SLOTS = 6;

    private TestStacks() {
    }

    /**
     * Each class gets its own band of port offsets ({@code slot} 0, 1, 2, …), spread by the test JVM's pid so that parallel
     * builds rarely meet. Every port stays below 32768, where the kernel's ephemeral ports (client sockets) begin: a
     * service port in that range can already be held by some client's connection, and the service then exits at start.
     */
    public static Stack start(String name, int slot) {
        return new Stack(settings(name, slot)).start();
    }

    static Stack.Settings settings(String name, int slot) {
        if (slot < 0 || slot >= SLOTS) {
            throw new IllegalArgumentException("slot " + slot + ": only 0–" + (SLOTS - 1) + " keep every port below 32768");
        }
        Path home = Path.of(System.getProperty("reservoir.home", "..")).toAbsolutePath().normalize();
        Path data = Path.of(System.getProperty("reservoir.build.dir", "target")).toAbsolutePath().resolve(name);
        return new Stack.Settings(home, data, false, offset(slot, ProcessHandle.current().pid()), "256m");
    }

    static int offset(int slot, long pid) {
        return 1000 + slot * 2000 + (int) (pid % 200) * 10;
    }
}
