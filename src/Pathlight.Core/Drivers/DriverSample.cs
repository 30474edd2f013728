namespace Pathlight.Drivers;

/// <summary>
/// The sufficient statistics of a key-driver analysis, filled one customer at a time: each customer's outcome and
/// score per driver (touchpoint), either possibly missing.
/// <para>
/// <see cref="Pairwise"/> (variable 0 the outcome, j the score at driver j) describes each driver over the
/// customers who rated it: its mean score and its correlation with the outcome. <see cref="Model"/> holds the
/// complete-case regression data of the customers with an outcome: variable 0 the outcome, then per driver j the
/// column 2j − 1, its score where rated and 0 where not, and 2j, whether they rated it (1 or 0). With the indicator in
/// the model, the 0 stands in for any constant (the driver's mean, say) without changing a fit, so each score's effect
/// is estimated over the customers who went through that touchpoint.
/// </para>
/// <para>
/// A customer costs the pairs of the drivers they rated (and the outcome), not every pair of drivers.
/// </para>
/// </summary>
public sealed class DriverSample
{
    // The outcome and scores of the customers with an outcome, from which the model columns follow.
    private readonly PairwiseMoments _rated;
    private PairwiseMoments? _model;

    /// <summary>Creates an empty sample over <paramref name="drivers"/> drivers.</summary>
    public DriverSample(int drivers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(drivers, 1);
        Drivers = drivers;
        Pairwise = new PairwiseMoments(drivers + 1);
        _rated = new PairwiseMoments(drivers + 1);
    }

    /// <summary>How many drivers there are.</summary>
    public int Drivers { get; }

    /// <summary>The outcome and the scores as rated, missing values left out pair by pair.</summary>
    public PairwiseMoments Pairwise { get; }

    /// <summary>
    /// The outcome, then a score and a rated indicator per driver, over the customers with an outcome: computed when
    /// first read after customers were added, and not updated by later ones.
    /// </summary>
    public PairwiseMoments Model => _model ??= ModelMoments.Of(_rated, Drivers);

    /// <summary>Adds a customer with at least one score.</summary>
    /// <param name="outcome">The customer's outcome, <see cref="double.NaN"/> when they have none.</param>
    /// <param name="scores">The customer's score per driver, <see cref="double.NaN"/> where they have none.</param>
    /// <exception cref="ArgumentException">Not one score per driver.</exception>
    public void Add(double outcome, ReadOnlySpan<double> scores)
    {
        if (scores.Length != Drivers) throw new ArgumentException($"A customer needs {Drivers} scores, not {scores.Length}.", nameof(scores));

        var variables = Drivers < 512 ? stackalloc int[Drivers + 1] : new int[Drivers + 1];
        var values = Drivers < 512 ? stackalloc double[Drivers + 1] : new double[Drivers + 1];
        var present = Outcome(outcome, variables, values);
        for (var j = 0; j < scores.Length; j++)
        {
            if (double.IsNaN(scores[j])) continue;
            variables[present] = j + 1;
            values[present++] = scores[j];
        }

        AddRow(outcome, variables[..present], values[..present]);
    }

    /// <summary>Adds a customer by the drivers they rated.</summary>
    /// <param name="outcome">The customer's outcome, <see cref="double.NaN"/> when they have none.</param>
    /// <param name="drivers">The drivers the customer rated (0 to <see cref="Drivers"/> − 1), in ascending order.</param>
    /// <param name="scores">The customer's score at each of <paramref name="drivers"/>; <see cref="double.NaN"/> counts as not rated.</param>
    /// <exception cref="ArgumentException">Not one score per driver, or drivers out of range or not ascending.</exception>
    public void Add(double outcome, ReadOnlySpan<int> drivers, ReadOnlySpan<double> scores)
    {
        if (scores.Length != drivers.Length) throw new ArgumentException($"{drivers.Length} drivers need as many scores, not {scores.Length}.", nameof(scores));

        var size = Math.Min(drivers.Length, Drivers) + 1;
        var variables = size <= 512 ? stackalloc int[size] : new int[size];
        var values = size <= 512 ? stackalloc double[size] : new double[size];
        var present = Outcome(outcome, variables, values);
        var previous = -1;
        for (var k = 0; k < drivers.Length; k++)
        {
            var driver = drivers[k];
            if (driver <= previous || driver >= Drivers)
            {
                throw new ArgumentException($"Drivers must ascend within 0 to {Drivers - 1}; {driver} follows {previous}.", nameof(drivers));
            }

            previous = driver;
            if (double.IsNaN(scores[k])) continue;
            variables[present] = driver + 1;
            values[present++] = scores[k];
        }

        AddRow(outcome, variables[..present], values[..present]);
    }

    private static int Outcome(double outcome, Span<int> variables, Span<double> values)
    {
        if (double.IsNaN(outcome)) return 0;
        variables[0] = 0;
        values[0] = outcome;
        return 1;
    }

    private void AddRow(double outcome, ReadOnlySpan<int> variables, ReadOnlySpan<double> values)
    {
        Pairwise.AddPresent(variables, values);
        if (double.IsNaN(outcome)) return;
        _rated.AddPresent(variables, values);
        _model = null;
    }
}
