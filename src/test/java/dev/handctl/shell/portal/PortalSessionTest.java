package dev.handctl.shell.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handctl.action.DesktopBounds;
import dev.handctl.action.MouseButton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal session flow and the sink against a recording client (no D-Bus). */
class PortalSessionTest {
  @TempDir
  Path dir;

  /** Answers as configured and records each call. */
  static final class FakeClient implements PortalClient {
    final List<String> calls = new ArrayList<>();
    int version = 2;
    PortalResponse select = new PortalResponse(0, Map.of());
    PortalResponse start = new PortalResponse(0, Map.of("devices", 3L, "restore_token", "t1"));
    boolean failMotion;
    boolean failHorizontalNotches;
    Consumer<String> closed = h -> { };

    @Override
    public int version() {
      return version;
    }

    @Override
    public PortalResponse createSession(String handleToken, String sessionToken) {
      assertThat(handleToken).matches("[A-Za-z0-9_]+");
      assertThat(sessionToken).matches("[A-Za-z0-9_]+");
      calls.add("create");
      return new PortalResponse(0, Map.of("session_handle", "/s/1"));
    }

    @Override
    public PortalResponse selectDevices(String session, String handleToken, int types, int persistMode,
        String restoreToken) {
      calls.add("select " + session + " " + types + " " + persistMode + " " + restoreToken);
      return select;
    }

    @Override
    public PortalResponse start(String session, String handleToken) {
      calls.add("start " + session);
      return start;
    }

    @Override
    public void pointerMotion(String session, double dx, double dy) throws IOException {
      if (failMotion) {
        throw new IOException("gone");
      }
      calls.add("motion " + dx + " " + dy);
    }

    @Override
    public void pointerButton(String session, int evdevButton, boolean pressed) {
      calls.add("button " + evdevButton + " " + pressed);
    }

    @Override
    public void pointerAxisDiscrete(String session, int axis, int steps) throws IOException {
      if (axis == 1 && failHorizontalNotches) {
        throw new IOException("no horizontal notches");
      }
      calls.add("discrete " + axis + " " + steps);
    }

    @Override
    public void pointerAxis(String session, double dx, double dy) {
      calls.add("axis " + dx + " " + dy);
    }

    @Override
    public void keyboardKeycode(String session, int evdevKey, boolean pressed) {
      calls.add("key " + evdevKey + " " + pressed);
    }

    @Override
    public void closeSession(String session) {
      calls.add("close " + session);
    }

    @Override
    public void onSessionClosed(Consumer<String> onClosed) {
      closed = onClosed;
    }

    @Override
    public void close() {
      calls.add("disconnect");
    }
  }

  private RestoreTokenFile tokens() {
    return new RestoreTokenFile(dir.resolve("state").resolve(RestoreTokenFile.NAME));
  }

  @Test
  void aVersionOnePortalGetsNoPersistenceOptions() throws IOException {
    FakeClient c = new FakeClient();
    c.version = 1;
    RestoreTokenFile t = tokens();
    t.write("old");
    PortalSession.open(c, t);
    assertThat(c.calls).containsExactly("create", "select /s/1 3 0 null", "start /s/1");
  }

  @Test
  void aRefusedSelectionClosesTheSession() {
    FakeClient c = new FakeClient();
    c.select = new PortalResponse(2, Map.of());
    assertThatThrownBy(() -> PortalSession.open(c, tokens())).isInstanceOf(PortalRefusedException.class)
        .hasMessageContaining("SelectDevices").hasMessageContaining("response 2");
    assertThat(c.calls).endsWith("close /s/1");
  }

  @Test
  void aGrantWithoutThePointerIsARefusal() {
    FakeClient c = new FakeClient();
    c.start = new PortalResponse(0, Map.of("devices", 1L));
    assertThatThrownBy(() -> PortalSession.open(c, tokens())).isInstanceOf(PortalRefusedException.class)
        .hasMessageContaining("without the pointer");
    assertThat(c.calls).endsWith("close /s/1");
  }

  @Test
  void anUnwritableTokenFolderStillOpens() throws IOException {
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "x");
    FakeClient c = new FakeClient();
    RestoreTokenFile t = new RestoreTokenFile(blocker.resolve("sub").resolve(RestoreTokenFile.NAME));
    assertThat(PortalSession.open(c, t).handle()).isEqualTo("/s/1");
    assertThat(t.read()).isNull();
  }

  @Test
  void garbageInTheTokenFileIsNoToken() throws IOException {
    RestoreTokenFile t = tokens();
    Files.createDirectories(t.file().getParent());
    Files.writeString(t.file(), "two words\n");
    assertThat(t.read()).isNull();
    Files.writeString(t.file(), "x".repeat(RestoreTokenFile.MAX_CHARS + 1));
    assertThat(t.read()).isNull();
    Files.writeString(t.file(), "  abc-123\n");
    assertThat(t.read()).isEqualTo("abc-123");
  }

  @Test
  void theSinkStopsOnceWhenTheSessionEndsOrFails() throws IOException {
    FakeClient c = new FakeClient();
    PortalActionSink sink = new PortalActionSink(c, "/s/1", new DesktopBounds(100, 0, 800, 600));
    sink.moveTo(150, 20);
    sink.moveTo(150, 20); // no motion: nothing sent
    assertThat(sink.pointerPosition().xPx()).isEqualTo(150);
    c.closed.accept("/s/other");
    sink.press(MouseButton.MIDDLE);
    c.closed.accept("/s/1");
    sink.release(MouseButton.MIDDLE);
    sink.keyPress("a");
    sink.close();
    assertThat(c.calls).containsExactly("motion 100000.0 100000.0", "motion -749.0 -579.0", "button 274 true",
        "disconnect");

    FakeClient failing = new FakeClient();
    PortalActionSink other = new PortalActionSink(failing, "/s/1", new DesktopBounds(0, 0, 800, 600));
    failing.failMotion = true;
    other.moveTo(10, 10);
    failing.failMotion = false;
    other.moveTo(20, 20);
    other.scroll(1, 0);
    assertThat(failing.calls).containsExactly("motion 100000.0 100000.0");
  }

  @Test
  void aNotchRefusedHalfwaySendsOnlyTheRestSmoothly() throws IOException {
    FakeClient c = new FakeClient();
    PortalActionSink sink = new PortalActionSink(c, "/s/1", new DesktopBounds(0, 0, 800, 600));
    c.failHorizontalNotches = true;
    sink.scroll(3, -2);
    sink.scroll(1, 0);
    assertThat(c.calls.subList(1, c.calls.size())).containsExactly("discrete 0 3", "axis -30.0 0.0", "axis 0.0 15.0");
  }

  @Test
  void withoutTheKeyboardKeysAreDroppedAndThePointerGoesOn() throws IOException {
    FakeClient c = new FakeClient();
    PortalActionSink sink = new PortalActionSink(c, "/s/1", new DesktopBounds(0, 0, 800, 600), false);
    sink.keyPress("a");
    sink.keyRelease("a");
    sink.press(MouseButton.LEFT);
    assertThat(c.calls).containsExactly("motion 100000.0 100000.0", "button 272 true");
  }
}
