package dev.handctl.shell.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Windows login item drives reg.exe with an exactly escaped .reg file (reg itself is faked here). */
class WindowsRunItemTest {
  /** A fake registry: records calls, keeps the one value. */
  private static final class FakeReg implements WindowsRunItem.Reg {
    final List<List<String>> calls = new ArrayList<>();
    String imported;
    boolean present;
    int importCode;

    @Override
    public int run(List<String> args) throws IOException {
      calls.add(args);
      switch (args.get(0)) {
        case "import" -> {
          byte[] bytes = Files.readAllBytes(Path.of(args.get(1)));
          assertThat(bytes[0]).isEqualTo((byte) 0xFF);
          assertThat(bytes[1]).isEqualTo((byte) 0xFE);
          imported = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
          present = importCode == 0;
          return importCode;
        }
        case "query" -> {
          return present ? 0 : 1;
        }
        case "delete" -> {
          boolean was = present;
          present = false;
          return was ? 0 : 1;
        }
        default -> throw new AssertionError(args);
      }
    }
  }

  private static final LaunchCommand DAEMON =
      new LaunchCommand(List.of("C:\\Program Files\\handctl\\handctl.exe", "run"), Optional.empty());

  @Test
  void enableImportsTheRunValueAndDisableDeletesIt() throws Exception {
    FakeReg reg = new FakeReg();
    WindowsRunItem item = new WindowsRunItem(DAEMON, reg);
    assertThat(item.isEnabled()).isFalse();
    item.enable();
    assertThat(reg.imported).isEqualTo("Windows Registry Editor Version 5.00\r\n\r\n"
        + "[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run]\r\n"
        + "\"handctl\"=\"\\\"C:\\\\Program Files\\\\handctl\\\\handctl.exe\\\" run\"\r\n\r\n");
    assertThat(Path.of(reg.calls.get(1).get(1))).doesNotExist();
    assertThat(item.isEnabled()).isTrue();
    item.disable();
    assertThat(reg.calls.get(reg.calls.size() - 1))
        .containsExactly("delete", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run", "/v", "handctl", "/f");
    assertThat(item.isEnabled()).isFalse();
    item.disable(); // nothing to delete: no error
    assertThat(item.describe()).contains("CurrentVersion\\Run\\handctl");
  }

  @Test
  void aFailedImportIsReported() {
    FakeReg reg = new FakeReg();
    reg.importCode = 1;
    assertThatThrownBy(() -> new WindowsRunItem(DAEMON, reg).enable()).isInstanceOf(IOException.class)
        .hasMessageContaining("reg import exited with 1");
  }

  @Test
  void commandLinesSplitBackIntoTheSameArguments() {
    assertThat(WindowsRunItem.commandLine(List.of("C:\\handctl\\handctl.exe", "run")))
        .isEqualTo("C:\\handctl\\handctl.exe run");
    assertThat(WindowsRunItem.commandLine(List.of("C:\\Program Files\\Java\\bin\\javaw.exe", "-jar",
        "C:\\My Jars\\", "say \"hi\"", ""))).isEqualTo(
        "\"C:\\Program Files\\Java\\bin\\javaw.exe\" -jar \"C:\\My Jars\\\\\" \"say \\\"hi\\\"\" \"\"");
  }
}
