package dev.handctl.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import dev.handctl.config.UserFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * The daemon's log file, for a handctl started from the menu or at login with no terminal to look
 * at: {@code handctl.log} in the user's state folder ({@code $XDG_STATE_HOME/handctl}, else
 * {@code ~/.local/state/handctl}; {@code ~/Library/Logs/handctl} on macOS;
 * {@code %LOCALAPPDATA%\handctl\logs} on Windows), rolled over at 2 MB with three old files kept,
 * beside the usual lines on stderr.
 */
public final class DaemonLog {
  /** A log file is rolled over at this size; three old ones are kept: 8 MB at the most. */
  private static final String MAX_FILE_SIZE = "2MB";
  private static final int OLD_FILES_KEPT = 3;

  private DaemonLog() {}

  /** Returns the folder the daemon's log goes to. */
  public static Path folder() {
    Path state = UserFolders.stateDir();
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    return windows ? state.getParent().resolve("logs") : state;
  }

  /**
   * Starts writing the log file (once per process).
   *
   * @return the file
   * @throws IOException when its folder cannot be created
   */
  static synchronized Path attach() throws IOException {
    Path dir = Files.createDirectories(folder());
    Path file = dir.resolve("handctl.log");
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    if (root.getAppender("FILE") != null) {
      return file;
    }
    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(context);
    appender.setName("FILE");
    appender.setFile(file.toString());
    FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
    rolling.setContext(context);
    rolling.setParent(appender);
    rolling.setFileNamePattern(dir.resolve("handctl.%i.log").toString());
    rolling.setMinIndex(1);
    rolling.setMaxIndex(OLD_FILES_KEPT);
    rolling.start();
    SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
    trigger.setContext(context);
    trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
    trigger.start();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");
    encoder.start();
    appender.setRollingPolicy(rolling);
    appender.setTriggeringPolicy(trigger);
    appender.setEncoder(encoder);
    appender.start();
    root.addAppender(appender);
    return file;
  }
}
