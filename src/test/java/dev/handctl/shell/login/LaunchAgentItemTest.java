package dev.handctl.shell.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The macOS login item is a well-formed LaunchAgent plist with the expected keys. */
class LaunchAgentItemTest {
  @Test
  void writesAPlistThatRunsAtLoadAndDisableRemovesIt(@TempDir Path tmp) throws Exception {
    LaunchCommand cmd = new LaunchCommand(List.of("/Applications/hand & ctl.app/Contents/MacOS/handctl", "run"),
        Optional.empty());
    LoginItem item = LoginItems.forPlatform("Mac OS X", Map.of("HOME", tmp.toString()), "/nonexistent", cmd);
    assertThat(item).isInstanceOf(LaunchAgentItem.class);
    Path file = tmp.resolve("Library/LaunchAgents/dev.handctl.plist");
    assertThat(((LaunchAgentItem) item).file()).isEqualTo(file);
    assertThat(item.isEnabled()).isFalse();

    item.enable();
    assertThat(item.isEnabled()).isTrue();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Element dict = (Element) f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(Files.readAllBytes(file))).getDocumentElement().getElementsByTagName("dict").item(0);
    List<String> keys = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Node n = dict.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        if (e.getTagName().equals("key")) {
          keys.add(e.getTextContent());
        } else {
          values.add(e.getTagName().equals("array") ? String.join("|", strings(e)) : e.getTagName() + ":" + e.getTextContent());
        }
      }
    }
    assertThat(keys).containsExactly("Label", "ProgramArguments", "RunAtLoad", "LimitLoadToSessionType", "ProcessType");
    assertThat(values).containsExactly("string:dev.handctl",
        "/Applications/hand & ctl.app/Contents/MacOS/handctl|run", "true:", "string:Aqua", "string:Interactive");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("KeepAlive");

    item.disable();
    assertThat(file).doesNotExist();
    assertThat(item.isEnabled()).isFalse();
  }

  private static List<String> strings(Element array) {
    List<String> out = new ArrayList<>();
    for (Node n = array.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e.getTextContent());
      }
    }
    return out;
  }
}
