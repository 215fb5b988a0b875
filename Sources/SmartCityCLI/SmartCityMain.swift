import SmartCityKit
#if canImport(Glibc)
import Glibc
#endif

public enum SmartCityMain {
    public static func exit() -> Never {
        Glibc.exit(0)
    }
}
