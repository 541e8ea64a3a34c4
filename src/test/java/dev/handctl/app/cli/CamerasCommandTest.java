package dev.handctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.capture.CameraListing;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code handctl cameras} prints what selects each camera (made-up listings; no camera needed). */
class CamerasCommandTest {
  @Test
  void eachCameraWithTheOptionThatSelectsIt() {
    StringWriter text = new StringWriter();
    CamerasCommand.print(List.of(new CameraListing(0, "Integrated Camera"), new CameraListing(2, null)),
        new PrintWriter(text));
    assertThat(text.toString().lines().toList()).satisfiesExactly(
        l -> assertThat(l).startsWith("camera:0").contains("Integrated Camera").endsWith("handctl run --camera 0"),
        l -> assertThat(l).startsWith("camera:2").contains("(no name)").endsWith("handctl run --camera 2"));
  }

  @Test
  void listedInTheHelp() {
    StringWriter out = new StringWriter();
    Main.commandLine().setOut(new PrintWriter(out)).execute("--help");
    assertThat(out.toString()).contains("cameras").contains("List the cameras handctl can use");
  }
}
