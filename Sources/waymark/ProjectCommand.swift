// The commands that take `ProjectOptions` (and so `--jobs`).
extension AlignCommand: ProjectCommand {}
extension BuildCommand: ProjectCommand {}
extension CheckCommand: ProjectCommand {}
extension ExportCommand: ProjectCommand {}
extension ImportCommand: ProjectCommand {}
extension ReadabilityCommand: ProjectCommand {}
extension ReportCommand: ProjectCommand {}
extension ServeCommand: ProjectCommand {}
extension StatusCommand: ProjectCommand {}
extension SyncCommand: ProjectCommand {}
