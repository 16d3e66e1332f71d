package org.reservoir.recruitment.operations;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.handlers.ConsoleHandler;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Logger;

/** Records what is logged under a category while a test runs, MDC included, and finds the console handler. */
final class LogCapture extends ExtHandler implements AutoCloseable {

    final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger logger;

    LogCapture(String category) {
        logger = Logger.getLogger(category);
        logger.addHandler(this);
    }

    @Override
    protected void doPublish(ExtLogRecord record) {
        record.copyMdc();
        records.add(record);
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }

    /** The console handler Quarkus installed on the root logger, wherever it is nested. */
    static Optional<ConsoleHandler> console() {
        return find(Logger.getLogger("").getHandlers());
    }

    private static Optional<ConsoleHandler> find(Handler[] handlers) {
        for (Handler h : handlers) {
            if (h instanceof ConsoleHandler console) {
                return Optional.of(console);
            }
            if (h instanceof ExtHandler ext) {
                Optional<ConsoleHandler> nested = find(ext.getHandlers());
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }
}
