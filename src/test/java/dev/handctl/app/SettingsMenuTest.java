package dev.handctl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handctl.config.UserSetup;
import dev.handctl.shell.login.LoginItem;
import dev.handctl.shell.settings.Settings;
import dev.handctl.shell.settings.SettingsValues;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings window's side in the daemon: a change is written to the file, reloaded, and shown again. */
class SettingsMenuTest {
  /** A window that records what it was told to show. */
  private static final class RecordingSettings implements Settings {
    final List<SettingsValues> shown = new ArrayList<>();
    String problem = "";

    @Override
    public boolean canShow() {
      return true;
    }

    @Override
    public void show() {}

    @Override
    public void update(SettingsValues values) {
      shown.add(values);
    }

    @Override
    public void showProblem(String message) {
      problem = message;
    }

    @Override
    public void dispose() {}

    SettingsValues last() {
      return shown.get(shown.size() - 1);
    }
  }

  private static final class MemoryLogin implements LoginItem {
    boolean on;

    @Override
    public boolean isEnabled() {
      return on;
    }

    @Override
    public void enable() {
      on = true;
    }

    @Override
    public void disable() {
      on = false;
    }

    @Override
    public String describe() {
      return "in memory";
    }
  }

  @Test
  void aChangeIsWrittenKeepingTheCommentsAndAnEditOnDiskShowsInTheWindow(@TempDir Path tmp) throws Exception {
    Path folder = tmp.resolve("handctl");
    Path file = UserSetup.ensure(folder, tmp.resolve("no-shipped-gestures")).settings();
    String template = Files.readString(file, StandardCharsets.UTF_8);
    CommonOptions common = new CommonOptions();
    common.configFile = file;
    LiveRules rules = new LiveRules(RuleFiles.of(common, folder), new Object());
    assertNull(rules.load(common, new PrintWriter(new StringWriter())));
    MemoryLogin login = new MemoryLogin();
    DaemonShell shell = new DaemonShell(login, List::of);
    RecordingSettings window = new RecordingSettings();
    shell.useSettings(window);
    SettingsMenu menu = new SettingsMenu(Runnable::run, shell, rules, file);

    menu.refresh();
    assertEquals(1200.0, window.last().gainPxPerHandSize());
    assertEquals(file.toString(), window.last().file());

    menu.set("pointer.gainPxPerHandSize", 900L);
    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(written.contains("\npointer:\n"), written);
    assertTrue(written.contains("\n  gainPxPerHandSize: 900\n"), written);
    assertEquals(template.lines().count(), written.lines().count(), "two lines uncommented, none added");
    assertTrue(written.startsWith(template.substring(0, template.indexOf("# pointer:"))), "the header is kept");
    rules.reloadNow();
    assertEquals(900.0, rules.current().config().pointer().gainPxPerHandSize(), "applied through the reload");
    menu.refresh();
    assertEquals(900.0, window.last().gainPxPerHandSize());
    assertEquals("", window.problem);

    // the user edits the file by hand: the window follows the reload
    Files.writeString(file, written.replace("gainPxPerHandSize: 900", "gainPxPerHandSize: 1500"));
    rules.reloadNow();
    menu.refresh();
    assertEquals(1500.0, window.last().gainPxPerHandSize());

    // a broken hand edit: the window keeps the settings in use and says why
    Files.writeString(file, written.replace("gainPxPerHandSize: 900", "gainPxPerHandSize: fast"));
    rules.reloadNow();
    menu.refresh();
    assertEquals(1500.0, window.last().gainPxPerHandSize());
    assertFalse(window.last().problem().isEmpty());
    // and a change from the window into the broken file is refused with the reason, the file untouched
    String broken = Files.readString(file, StandardCharsets.UTF_8);
    menu.set("pointer.mode", "absolute");
    assertEquals(broken, Files.readString(file, StandardCharsets.UTF_8));
    assertTrue(window.problem.contains("gainPxPerHandSize"), window.problem);

    menu.setStartAtLogin(true);
    assertTrue(login.on);
    assertTrue(window.last().startAtLogin());
  }

  @Test
  void withoutAFileNothingIsWrittenAndTheWindowSaysSo() {
    CommonOptions common = new CommonOptions();
    LiveRules rules = new LiveRules(RuleFiles.of(common, null), new Object());
    assertNull(rules.load(common, new PrintWriter(new StringWriter())));
    DaemonShell shell = new DaemonShell(new MemoryLogin(), List::of);
    RecordingSettings window = new RecordingSettings();
    shell.useSettings(window);
    SettingsMenu menu = new SettingsMenu(Runnable::run, shell, rules, null);
    menu.set("pointer.mode", "absolute");
    assertTrue(window.problem.contains("no settings file"), window.problem);
    menu.refresh();
    assertEquals("", window.last().file());
  }
}
