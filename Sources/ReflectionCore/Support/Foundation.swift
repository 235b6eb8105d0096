// One place decides which Foundation the library links. FoundationEssentials
// (JSON, Date, FileManager) keeps the static binary small and its start-up
// fast; full Foundation pulls in ICU.
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
