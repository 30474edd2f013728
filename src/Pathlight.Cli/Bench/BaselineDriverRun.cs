using Pathlight.Drivers;

namespace Pathlight.Cli.Bench;

/// <summary>
/// The baseline's key-driver analysis, with how long Core's part took: adding the customers to the sample and
/// analysing it. The rest of the run is the SQL, which tells data access and computation apart.
/// </summary>
internal sealed record BaselineDriverRun(DriverReport Report, TimeSpan Accumulating, TimeSpan Analyzing);
