package dev.firebreak.core;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * Logback's configuration, in code and lazy: logs go to a rolling file under {@code $FIREBREAK_HOME/logs} (stdout
 * belongs to the CLI's output and git's hook protocol), and the file is opened only when something is logged.
 * Parsing a logback.xml cost the pre-push hook about a quarter of a second on every push that logged nothing.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        LazyFileAppender appender = new LazyFileAppender();
        appender.setContext(context);
        appender.start();
        context.getLogger("org.eclipse.jgit").setLevel(Level.WARN);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Builds the rolling file appender on the first event. */
    private static final class LazyFileAppender extends AppenderBase<ILoggingEvent> {
        private RollingFileAppender<ILoggingEvent> file;

        @Override
        protected synchronized void append(ILoggingEvent event) {
            if (file == null) {
                file = open();
            }
            file.doAppend(event);
        }

        private RollingFileAppender<ILoggingEvent> open() {
            String dir = System.getProperty("firebreak.logs", System.getProperty("java.io.tmpdir") + "/firebreak-logs");
            RollingFileAppender<ILoggingEvent> appender = new PrivateRollingFileAppender(Path.of(dir));
            appender.setContext(getContext());
            appender.setFile(dir + "/firebreak.log");
            createPrivately(Path.of(dir), Path.of(dir, "firebreak.log"));
            SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
            policy.setContext(getContext());
            policy.setParent(appender);
            policy.setFileNamePattern(dir + "/firebreak.%d{yyyy-MM-dd}.%i.log.gz");
            policy.setMaxFileSize(FileSize.valueOf("10MB"));
            policy.setMaxHistory(30);
            policy.setTotalSizeCap(FileSize.valueOf("200MB"));
            policy.start();
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(getContext());
            encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");
            encoder.start();
            appender.setRollingPolicy(policy);
            appender.setEncoder(encoder);
            appender.start();
            return appender;
        }

        private static void createPrivately(Path dir, Path file) {
            try {
                PrivateFiles.createDirectories(dir);
                PrivateFiles.createFile(file); // Logback opens it with the umask's mode otherwise
            } catch (IOException e) {
                System.err.println("firebreak: cannot create the log " + file + ": " + e.getMessage());
            }
        }

        @Override
        public synchronized void stop() {
            if (file != null) {
                file.stop();
            }
            super.stop();
        }
    }

    /** Keeps the log folder owner-only across a rollover, which creates the new log and the archives with the umask. */
    private static final class PrivateRollingFileAppender extends RollingFileAppender<ILoggingEvent> {
        private final Path dir;

        PrivateRollingFileAppender(Path dir) {
            this.dir = dir;
        }

        @Override
        public void rollover() {
            super.rollover();
            try {
                PrivateFiles.restrictTree(dir); // a .gz still being compressed is caught by the next rollover
            } catch (IOException e) {
                addWarn("Cannot make the logs in " + dir + " owner-only", e);
            }
        }
    }
}
