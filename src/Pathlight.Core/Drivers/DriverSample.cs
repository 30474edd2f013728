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
/// </summary>
public sealed class DriverSample
{
    private readonly double[] _model;

    /// <summary>Creates an empty sample over <paramref name="drivers"/> drivers.</summary>
    public DriverSample(int drivers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(drivers, 1);
        Drivers = drivers;
        Pairwise = new PairwiseMoments(drivers + 1);
        Model = new PairwiseMoments((2 * drivers) + 1);
        _model = new double[Model.Variables];
    }

    /// <summary>How many drivers there are.</summary>
    public int Drivers { get; }

    /// <summary>The outcome and the scores as rated, missing values left out pair by pair.</summary>
    public PairwiseMoments Pairwise { get; }

    /// <summary>The outcome, then a score and a rated indicator per driver, over the customers with an outcome.</summary>
    public PairwiseMoments Model { get; }

    /// <summary>Adds a customer with at least one score.</summary>
    /// <param name="outcome">The customer's outcome, <see cref="double.NaN"/> when they have none.</param>
    /// <param name="scores">The customer's score per driver, <see cref="double.NaN"/> where they have none.</param>
    /// <exception cref="ArgumentException">Not one score per driver.</exception>
    public void Add(double outcome, ReadOnlySpan<double> scores)
    {
        if (scores.Length != Drivers) throw new ArgumentException($"A customer needs {Drivers} scores, not {scores.Length}.", nameof(scores));

        Span<double> row = stackalloc double[Drivers + 1];
        row[0] = outcome;
        scores.CopyTo(row[1..]);
        Pairwise.Add(row);
        if (double.IsNaN(outcome)) return;

        _model[0] = outcome;
        for (var j = 0; j < Drivers; j++)
        {
            var rated = !double.IsNaN(scores[j]);
            _model[(2 * j) + 1] = rated ? scores[j] : 0;
            _model[(2 * j) + 2] = rated ? 1 : 0;
        }

        Model.Add(_model);
    }
}
