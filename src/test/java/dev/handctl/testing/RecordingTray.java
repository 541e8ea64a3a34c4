package dev.handctl.testing;

import dev.handctl.shell.DaemonState;
import dev.handctl.shell.tray.Tray;
import java.util.ArrayList;
import java.util.List;

/** A {@link Tray} that shows nothing and remembers every state it was asked to show, for tests. */
public final class RecordingTray implements Tray {
  /** One {@link #show} call. */
  public record Shown(DaemonState state, boolean dryRun, String detail) {}

  private final List<Shown> shown = new ArrayList<>();
  private final List<String> menuChanges = new ArrayList<>();

  @Override
  public synchronized void show(DaemonState state, boolean dryRun, String detail) {
    shown.add(new Shown(state, dryRun, detail));
  }

  /** Returns every state shown so far, oldest first. */
  public synchronized List<Shown> shown() {
    return List.copyOf(shown);
  }

  /** Returns the camera menus and start-at-login ticks set so far, oldest first. */
  public synchronized List<String> menuChanges() {
    return List.copyOf(menuChanges);
  }

  @Override
  public synchronized void setCameras(List<String> names, int selected) {
    menuChanges.add("cameras " + names + " selected " + selected);
  }

  @Override
  public synchronized void setStartAtLogin(boolean enabled) {
    menuChanges.add("start at login " + (enabled ? "on" : "off"));
  }

  @Override
  public void setPreviewShown(boolean shown) {}

  @Override
  public String kind() {
    return "recording";
  }

  @Override
  public void close() {}
}
