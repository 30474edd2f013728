# Independent reference for Pathlight's key-driver statistics, computed with base R's lm().
#
# Run from this folder with `Rscript lmg_reference.R`. The first run generates drivers_dataset.csv (300
# customers, five correlated drivers a..e on a 0-10 scale and an outcome); later runs read the committed file,
# so the reference never changes. The script writes lmg_reference.csv with, in long form:
#   r,<driver>           Pearson correlation of the driver with the outcome
#   subset_r2,<a+b+...>  R squared of lm(outcome ~ drivers of the subset), every one of the 2^5 subsets
#   lmg,<driver>         the LMG (Shapley) share of R squared, from those lm R squared values
#   r2,all               R squared of the full model
# The C# tests compute the same figures from the dataset and must agree to 1e-6.

dataset <- "drivers_dataset.csv"
drivers <- c("a", "b", "c", "d", "e")

if (!file.exists(dataset)) {
  set.seed(20260305)
  n <- 300
  common <- rnorm(n)
  raw <- sapply(seq_along(drivers), function(i) 0.6 * common + rnorm(n))
  scores <- matrix(round(pmin(10, pmax(0, 6 + 1.5 * raw)), 2), nrow = n)
  colnames(scores) <- drivers
  outcome <- 0.5 * scores[, "a"] + 0.3 * scores[, "b"] + 0.15 * scores[, "c"] + 0.05 * scores[, "d"] + rnorm(n, sd = 1.2)
  data <- data.frame(outcome = round(outcome, 3), scores)
  write.csv(data, dataset, row.names = FALSE, quote = FALSE)
}

data <- read.csv(dataset)
p <- length(drivers)

# Every subset as a bit mask over the drivers, bit i-1 for driver i.
subset_r2 <- numeric(2^p)
subset_name <- character(2^p)
for (mask in 0:(2^p - 1)) {
  members <- drivers[bitwAnd(mask, 2^(0:(p - 1))) > 0]
  subset_name[mask + 1] <- if (length(members) == 0) "none" else paste(members, collapse = "+")
  subset_r2[mask + 1] <- if (length(members) == 0) 0 else
    summary(lm(reformulate(members, response = "outcome"), data = data))$r.squared
}

# LMG share of driver j: sum over subsets S without j of |S|! (p - |S| - 1)! / p! * (R2(S + j) - R2(S)).
lmg <- sapply(seq_len(p), function(j) {
  bit <- 2^(j - 1)
  total <- 0
  for (mask in 0:(2^p - 1)) {
    if (bitwAnd(mask, bit) != 0) next
    size <- sum(bitwAnd(mask, 2^(0:(p - 1))) > 0)
    weight <- factorial(size) * factorial(p - size - 1) / factorial(p)
    total <- total + weight * (subset_r2[mask + bit + 1] - subset_r2[mask + 1])
  }
  total
})

r <- sapply(drivers, function(d) cor(data$outcome, data[[d]]))
number <- function(x) sprintf("%.17g", x)
reference <- rbind(
  data.frame(kind = "r", name = drivers, value = number(r)),
  data.frame(kind = "subset_r2", name = subset_name, value = number(subset_r2)),
  data.frame(kind = "lmg", name = drivers, value = number(lmg)),
  data.frame(kind = "r2", name = "all", value = number(subset_r2[2^p]))
)
write.csv(reference, "lmg_reference.csv", row.names = FALSE, quote = FALSE)
cat(sprintf("R2 %.6f; LMG %s (sum %.6f)\n", subset_r2[2^p], paste(number(lmg), collapse = " "), sum(lmg)))
