package dev.handctl.shell.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A private session bus for a test: {@code dbus-daemon} with its own configuration, listening on a
 * socket in a temporary folder. Absent {@code dbus-daemon}, the test is skipped saying so, except under
 * {@code CI=true}, where that is a failure ({@code .ci/run} installs it).
 */
public final class PrivateBus implements AutoCloseable {
  private final Process daemon;
  private final String address;

  private PrivateBus(Process daemon, String address) {
    this.daemon = daemon;
    this.address = address;
  }

  /**
   * Starts one.
   *
   * @param dir a folder for the socket and the configuration
   * @return the bus
   * @throws Exception when it does not start in 10 s
   */
  public static PrivateBus start(Path dir) throws Exception {
    Path exe = Path.of("/usr/bin/dbus-daemon");
    if (!Files.isExecutable(exe)) {
      String message = "dbus-daemon is not installed (Debian: apt-get install dbus-daemon), so the stand-in portal"
          + " test is skipped";
      assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as(message + "; CI=true, so this fails").isFalse();
      assumeTrue(false, message);
    }
    Path config = dir.resolve("bus.conf");
    Files.writeString(config, """
        <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
         "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
        <busconfig>
          <type>session</type>
          <listen>unix:path=%s</listen>
          <auth>EXTERNAL</auth>
          <policy context="default">
            <allow send_destination="*" eavesdrop="true"/>
            <allow eavesdrop="true"/>
            <allow own="*"/>
          </policy>
        </busconfig>
        """.formatted(dir.resolve("bus")));
    Process p = new ProcessBuilder(exe.toString(), "--config-file=" + config, "--nofork", "--print-address")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = CompletableFuture.supplyAsync(() -> {
      try {
        return out.readLine();
      } catch (IOException e) {
        return null;
      }
    }).get(10, TimeUnit.SECONDS);
    if (line == null || !line.startsWith("unix:")) {
      p.destroyForcibly();
      throw new IOException("dbus-daemon printed no address: " + line);
    }
    return new PrivateBus(p, line.strip());
  }

  /** Returns the address, such as {@code unix:path=/tmp/x/bus,guid=...}. */
  public String address() {
    return address;
  }

  @Override
  public void close() throws InterruptedException {
    daemon.destroy();
    if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
      daemon.destroyForcibly();
    }
  }
}
