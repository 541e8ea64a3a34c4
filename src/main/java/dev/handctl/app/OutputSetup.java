package dev.handctl.app;

import dev.handctl.action.ActionSink;
import dev.handctl.action.DesktopBounds;
import dev.handctl.output.BackendChoice;
import dev.handctl.output.BackendChooser;
import dev.handctl.output.OutputBackend;
import dev.handctl.output.SessionFacts;
import dev.handctl.shell.InjectedKeys;
import dev.handctl.shell.InputInjectionException;
import dev.handctl.shell.RobotActionSink;
import dev.handctl.shell.uinput.UinputActionSink;
import dev.handctl.shell.uinput.UinputDevice;
import dev.handctl.shell.wayland.VirtualInputActionSink;
import dev.handctl.shell.wayland.WaylandConnection;
import dev.handctl.shell.wayland.WaylandOutputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Chooses and opens the output backend, apart from the daemon: probes the session
 * ({@link SessionFacts}), asks {@link BackendChooser}, and makes the {@link ActionSink}. A Wayland
 * connection opened to probe is kept for the sink, so the compositor is asked once.
 */
public final class OutputSetup implements AutoCloseable {
  private final SessionFacts facts;
  private final BackendChoice choice;
  private WaylandConnection wayland;

  private OutputSetup(SessionFacts facts, BackendChoice choice, WaylandConnection wayland) {
    this.facts = facts;
    this.choice = choice;
    this.wayland = wayland;
  }

  /**
   * Returns whether the session is a Wayland one: {@code WAYLAND_DISPLAY} set, or
   * {@code XDG_SESSION_TYPE=wayland}.
   *
   * @param env the environment
   */
  static boolean waylandSession(Map<String, String> env) {
    return env.containsKey("WAYLAND_DISPLAY") || "wayland".equalsIgnoreCase(env.get("XDG_SESSION_TYPE"));
  }

  /**
   * Probes the session and chooses.
   *
   * @param setting {@code output.backend}
   * @param env the environment
   * @return the setup, its sink not yet made
   */
  public static OutputSetup probe(OutputBackend setting, Map<String, String> env) {
    WaylandConnection c = null;
    List<String> globals = null;
    String problem = "";
    boolean wayland = waylandSession(env);
    if (wayland) {
      try {
        c = WaylandConnection.connect(env);
        globals = c.globals().stream().map(WaylandConnection.Global::iface).distinct().sorted().toList();
      } catch (IOException | RuntimeException | LinkageError e) {
        problem = e.getMessage();
      }
    }
    boolean uinput = Files.isWritable(Path.of("/dev/uinput"));
     SessionFacts facts = SessionFacts.of(env, globals, problem, uinput);
     BackendChoice choice = BackendChooser.choose(setting, facts);
    // Kept for the sink (wayland-virtual) or for the size of the desktop (uinput without X11).
    if (choice.backend() != OutputBackend.WAYLAND_VIRTUAL && choice.backend() != OutputBackend.UINPUT && c != null) {
      c.close();
      c = null;
    }
    return new OutputSetup(facts, choice, c);
  }

  public SessionFacts facts() {
     return facts;
  }

  public BackendChoice choice() {
     return choice;
  }

  /** Returns whether the chosen backend works without an X11 display (then handctl runs with no tray). */
  boolean needsNoX11Display() {
    return choice.backend() == OutputBackend.WAYLAND_VIRTUAL || choice.backend() == OutputBackend.UINPUT;
  }

  /**
   * A sink and the desktop it moves over.
   *
   * @param sink the sink
   * @param desktop the desktop's box
   */
  record Opened(ActionSink sink, DesktopBounds desktop) {}

  /**
   * Makes the sink of the chosen backend. Call it after the tray exists (Robot before the tray hangs GTK).
   *
   * @param injected told of injected keys (the X11 hotkey listener)
   * @param x11Desktop the desktop AWT sees, or null without an X11 display
   * @return the sink
   * @throws InputInjectionException when Robot cannot inject (no XTEST)
   * @throws IOException when the chosen backend cannot be opened, or none was chosen
   */
  Opened open(InjectedKeys injected, DesktopBounds x11Desktop) throws InputInjectionException, IOException {
    if (choice.backend() == null) {
      throw new IOException(choice.why());
    }
    switch (choice.backend()) {
      case X11 -> {
        return new Opened(new RobotActionSink(injected), x11Desktop);
      }
      case WAYLAND_VIRTUAL -> {
        DesktopBounds desktop = WaylandOutputs.desktop(wayland);
        if (desktop == null) {
          desktop = x11Desktop != null ? x11Desktop : DesktopBounds.ASSUMED;
        }
        VirtualInputActionSink sink = new VirtualInputActionSink(wayland, desktop);
        wayland = null; // the sink owns the connection now
        return new Opened(sink, desktop);
      }
      case UINPUT -> {
        DesktopBounds desktop = x11Desktop;
        if (desktop == null && wayland != null) {
          desktop = WaylandOutputs.desktop(wayland);
        }
        close();
        if (desktop == null) {
          throw new IOException("uinput: the desktop's size is unknown (neither X11 nor Wayland outputs can be read)");
        }
        UinputDevice pointer = UinputDevice.open("/dev/uinput");
        try {
          UinputDevice keyboard = UinputDevice.open("/dev/uinput");
          try {
            return new Opened(new UinputActionSink(pointer, keyboard, desktop), desktop);
          } catch (IOException e) {
            keyboard.close();
            throw e;
          }
        } catch (IOException e) {
          pointer.close();
          throw e;
        }
      }
      default -> throw new IOException(choice.backend().setting() + " is not built in this version");
    }
  }

  @Override
  public void close() {
    if (wayland != null) {
      wayland.close();
      wayland = null;
    }
  }
}
