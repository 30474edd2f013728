namespace Pathlight.Drivers;

/// <summary>
/// Pairwise-complete sufficient statistics of several variables, some of them missing per row: for every pair, the
/// number of rows that have both, each one's mean over those rows, and the centred sums of squares and cross products
/// (updated one row at a time, Welford's way, so large sums do not cancel). Variable 0 is conventionally the outcome.
/// </summary>
public sealed class PairwiseMoments
{
    private readonly long[] _n;
    private readonly double[] _mean;
    private readonly double[] _squares;
    private readonly double[] _products;

    /// <summary>Creates empty statistics over <paramref name="variables"/> variables.</summary>
    public PairwiseMoments(int variables)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(variables, 1);
        Variables = variables;
        _n = new long[variables * variables];
        _mean = new double[variables * variables];
        _squares = new double[variables * variables];
        _products = new double[variables * variables];
    }

    /// <summary>How many variables there are.</summary>
    public int Variables { get; }

    /// <summary>How many rows were added, whatever they held.</summary>
    public long Rows { get; private set; }

    /// <summary>Adds one row; <see cref="double.NaN"/> marks a missing value.</summary>
    /// <exception cref="ArgumentException">The row does not have one value per variable.</exception>
    public void Add(ReadOnlySpan<double> row)
    {
        if (row.Length != Variables) throw new ArgumentException($"A row needs {Variables} values, not {row.Length}.", nameof(row));

        Rows++;
        for (var i = 0; i < Variables; i++)
        {
            if (double.IsNaN(row[i])) continue;
            for (var j = i; j < Variables; j++)
            {
                if (double.IsNaN(row[j])) continue;
                Update(i, j, row[i], row[j]);
            }
        }
    }

    /// <summary>How many rows have both variables (for i = j, rows that have variable i).</summary>
    public long Count(int i, int j) => _n[(i * Variables) + j];

    /// <summary>The mean of variable <paramref name="i"/> over the rows that also have <paramref name="j"/>; NaN when none do.</summary>
    public double Mean(int i, int j) => Count(i, j) == 0 ? double.NaN : _mean[(i * Variables) + j];

    /// <summary>The sample covariance (n − 1 denominator) of the pair over the rows that have both; NaN below two rows.</summary>
    public double Covariance(int i, int j)
    {
        var n = Count(i, j);
        return n < 2 ? double.NaN : _products[(i * Variables) + j] / (n - 1);
    }

    /// <summary>
    /// The Pearson correlation of the pair over the rows that have both (each standard deviation over those same
    /// rows, as R's <c>cor(use = "pairwise.complete.obs")</c>); NaN below two rows or when either is constant there.
    /// </summary>
    public double Correlation(int i, int j)
    {
        var at = (i * Variables) + j;
        if (_n[at] < 2) return double.NaN;
        var squares = _squares[at] * _squares[(j * Variables) + i];
        return squares > 0 ? Math.Clamp(_products[at] / Math.Sqrt(squares), -1, 1) : double.NaN;
    }

    private void Update(int i, int j, double x, double y)
    {
        var ij = (i * Variables) + j;
        var ji = (j * Variables) + i;
        var n = ++_n[ij];
        if (i == j)
        {
            var delta = x - _mean[ij];
            _mean[ij] += delta / n;
            _squares[ij] += delta * (x - _mean[ij]);
            _products[ij] = _squares[ij];
            return;
        }

        _n[ji] = n;
        var dx = x - _mean[ij];
        var dy = y - _mean[ji];
        _mean[ij] += dx / n;
        _mean[ji] += dy / n;
        _squares[ij] += dx * (x - _mean[ij]);
        _squares[ji] += dy * (y - _mean[ji]);
        _products[ij] += dx * (y - _mean[ji]);
        _products[ji] = _products[ij];
    }
}
