package dev.handctl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The edges of handctl, enforced: desktop toolkits, native libraries and OS protocols stay in the
 * packages at the edge, behind small interfaces, so the pipeline's core runs and is tested without
 * them. Reads the compiled main classes only (no models, no display).
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.handctl");
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }

  @Test
  void onlyTheShellUsesTheDesktopToolkits() {
    check(noClasses().that().resideOutsideOfPackage("dev.handctl.shell..")
        .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
        .because("java.awt and Swing are the desktop edge (tray, preview, Robot output)"));
  }

  @Test
  void onlyCaptureAndInferenceUseTheNativeMediaAndModelLibraries() {
    check(noClasses().that().resideOutsideOfPackages("dev.handctl.capture..", "dev.handctl.inference..")
        .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco..")
        .because("JavaCV (OpenCV, FFmpeg) reads and writes frames in capture; JavaCPP backs inference"));
    check(noClasses().that().resideOutsideOfPackage("dev.handctl.inference..")
        .should().dependOnClassesThat().resideInAnyPackage("org.tensorflow..")
        .because("tensors never leave the inference classes"));
  }

  @Test
  void onlyTheShellSpeaksToTheOperatingSystemThroughJna() {
    check(noClasses().that().resideOutsideOfPackages("dev.handctl.shell..", "dev.handctl.inference..")
        .should().dependOnClassesThat().resideInAnyPackage("com.sun.jna..")
        .because("native calls (Wayland's socket, uinput) are output backends at the edge; inference"
            + " sets TensorFlow's log level in its own process before TensorFlow loads"));
  }

  @Test
  void onlyThePortalBackendAndTheNotifierSpeakDbus() {
    check(noClasses().that().resideOutsideOfPackages("dev.handctl.shell.portal..", "dev.handctl.shell.notify..")
        .should().dependOnClassesThat().resideInAnyPackage("org.freedesktop.dbus..")
        .because("D-Bus is the portal backend's edge (behind PortalClient) and the notifier's (behind Notifier)"));
  }

  @Test
  void packagesHaveNoCycles() {
    check(slices().matching("dev.handctl.(*)..").should().beFreeOfCycles());
    // and within them: hand's types below detection, landmarks and tracking; the commands above
    // the wiring; a tray, hotkey or preview never reaching back into the rest of the shell's users
    check(slices().matching("dev.handctl.(**)").should().beFreeOfCycles());
  }

  @Test
  void theHandTypesDependOnNoStage() {
    check(noClasses().that().resideInAPackage("dev.handctl.hand")
        .should().dependOnClassesThat().resideInAnyPackage("dev.handctl.hand.*..")
        .because("hand holds the types every stage shares; detect, landmark and track build on it"));
  }
}
