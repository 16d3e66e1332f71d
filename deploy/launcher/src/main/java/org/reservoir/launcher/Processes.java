package org.reservoir.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Child-process plumbing shared by the broker and the services: pid files, ports, waiting. */
public final class Processes {

    private Processes() {
    }

    /** The java binary of the running JVM, so children run on the same JDK. */
    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Kills a process left behind by an earlier run that died without cleaning up (kill -9 of a
     * test JVM or of the launcher), identified by its pid file and a marker in its command line.
     */
    public static void killStale(Path pidFile, String commandMarker) {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            handle.filter(h -> h.info().commandLine().map(c -> c.contains(commandMarker)).orElse(true))
                    .ifPresent(h -> {
                        h.destroyForcibly();
                        h.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
                    });
            Files.deleteIfExists(pidFile);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(pidFile);
        }
    }

    public static void writePid(Path pidFile, long pid) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: a stale pid file is checked against the command line anyway
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean portOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 250);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until the port accepts connections, failing early if the process died. */
    public static void awaitPort(String what, Process process, int port, Duration timeout, Path log) {
        Instant deadline = Instant.now().plus(timeout);
        while (!portOpen("127.0.0.1", port)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " exited with " + process.exitValue() + "; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " did not open port " + port + " within " + timeout + "; see " + log);
            }
            sleep(100);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Asks a process to stop (SIGTERM), then kills it if it has not gone within the grace period. */
    public static void stop(Process process, Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
