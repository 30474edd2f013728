namespace Pathlight.Drivers;

/// <summary>
/// The complete-case statistics of the regression columns of <see cref="DriverSample.Model"/>, derived from the
/// pairwise sums of the customers with an outcome rather than summed column by column: a customer then costs only
/// the pairs of drivers they rated, not every pair of the 2·drivers + 1 columns.
/// </summary>
internal static class ModelMoments
{
    /// <summary>
    /// The model columns' statistics from <paramref name="rated"/>, the pairwise moments (variable 0 the outcome, j the
    /// score at driver j) of the customers with an outcome.
    /// </summary>
    /// <remarks>
    /// With u_j a customer's shifted score at driver j (0 where not rated) and r_j whether they rated it, each column
    /// is α·u + β·r of one variable (the outcome's r is 1): the outcome is u_0 plus its shift, the score column
    /// u_j + shift_j·r_j, the indicator r_j. Every centred sum of two columns is then the matching combination of
    /// the centred sums of u and r, each of them small numbers centred on their own.
    /// </remarks>
    public static PairwiseMoments Of(PairwiseMoments rated, int drivers)
    {
        var columns = (2 * drivers) + 1;
        var n = rated.Count(0, 0);
        if (n == 0) return new PairwiseMoments(columns);

        var variable = new int[columns];
        var alpha = new double[columns];
        var beta = new double[columns];
        alpha[0] = 1;
        for (var j = 1; j <= drivers; j++)
        {
            variable[(2 * j) - 1] = variable[2 * j] = j;
            alpha[(2 * j) - 1] = 1;
            beta[(2 * j) - 1] = rated.Shift(j);
            beta[2 * j] = 1;
        }

        var means = new double[columns];
        var centred = new double[columns, columns];
        for (var a = 0; a < columns; a++)
        {
            var i = variable[a];
            means[a] = ((alpha[a] * rated.ShiftedSum(i, i)) + (beta[a] * rated.Count(i, i))) / n;
            for (var b = a; b < columns; b++)
            {
                var k = variable[b];
                centred[a, b] = centred[b, a] =
                    (alpha[a] * alpha[b] * CentredScores(rated, i, k, n))
                    + (alpha[a] * beta[b] * CentredScoreRated(rated, i, k, n))
                    + (beta[a] * alpha[b] * CentredScoreRated(rated, k, i, n))
                    + (beta[a] * beta[b] * CentredRated(rated, i, k, n));
            }
        }

        means[0] += rated.Shift(0);
        return PairwiseMoments.Centred(n, means, centred);
    }

    // Σ u_i u_k − Σ u_i Σ u_k / n.
    private static double CentredScores(PairwiseMoments rated, int i, int k, long n) =>
        rated.ShiftedProduct(i, k) - (rated.ShiftedSum(i, i) * rated.ShiftedSum(k, k) / n);

    // Σ u_i r_k − Σ u_i Σ r_k / n.
    private static double CentredScoreRated(PairwiseMoments rated, int i, int k, long n) =>
        rated.ShiftedSum(i, k) - (rated.ShiftedSum(i, i) * rated.Count(k, k) / n);

    // Σ r_i r_k − Σ r_i Σ r_k / n, whole numbers until the division.
    private static double CentredRated(PairwiseMoments rated, int i, int k, long n) =>
        rated.Count(i, k) - ((double)rated.Count(i, i) * rated.Count(k, k) / n);
}
