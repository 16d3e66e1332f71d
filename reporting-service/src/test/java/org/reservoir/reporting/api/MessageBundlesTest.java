package org.reservoir.reporting.api;

import org.reservoir.infrastructure.testing.MessageBundlesContract;

/** reporting's problem texts and labels: the shared contract (both languages, every argument, no API codes in Chinese, every enum's meaning). */
class MessageBundlesTest extends MessageBundlesContract {
}
