package org.reservoir.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test stacks never take a port the kernel may hand to a client socket, and two classes of one build never share one. */
class TestStacksTest {

    private static final int EPHEMERAL_START = 32768;

    @Test
    void every_port_of_every_slot_is_below_the_ephemeral_range_and_the_slots_do_not_overlap() {
        for (long pid = 0; pid < 200; pid++) {
            Map<Integer, Integer> owner = new HashMap<>();
            for (int slot = 0; slot < TestStacks.SLOTS; slot++) {
                Stack.Settings s = new Stack.Settings(Path.of("."), Path.of("."), false, TestStacks.offset(slot, pid), "256m");
                int[] ports = IntStream.concat(
                        Stack.SERVICES.keySet().stream().mapToInt(name -> s.servicePort(name) + 200),
                        IntStream.concat(Stack.SERVICES.keySet().stream().mapToInt(s::servicePort),
                                IntStream.of(s.pgPort(), s.kafkaPort(), s.kafkaPort() + 1))).toArray();
                for (int port : ports) {
                    assertTrue(port < EPHEMERAL_START, "slot " + slot + " pid " + pid + ": port " + port);
                    Integer before = owner.put(port, slot);
                    assertTrue(before == null || before == slot, "port " + port + " in slots " + before + " and " + slot);
                }
            }
        }
    }

    @Test
    void a_slot_beyond_the_bands_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> TestStacks.settings("x", TestStacks.SLOTS));
        assertThrows(IllegalArgumentException.class, () -> TestStacks.settings("x", -1));
    }
}
