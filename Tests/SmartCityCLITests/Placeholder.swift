import Testing
@testable import SmartCityCLI
