# Reference values for MomentsAnalysisTests: the first / last / peak analysis of moments-data.csv computed
# independently with base R's cor(), atanh()/tanh() and lm(). Run from this folder:
#   Rscript moments-reference.R
# It rewrites moments-reference.csv, which the tests compare with to 1e-9.
data <- read.csv("moments-data.csv", colClasses = c("character", "character", "numeric"))
scores <- lapply(strsplit(data$scores, " "), as.numeric)
y <- data$nps
p <- data.frame(
  average = sapply(scores, mean),
  first = sapply(scores, function(s) s[1]),
  last = sapply(scores, function(s) s[length(s)]),
  best = sapply(scores, max),
  worst = sapply(scores, min))
n <- length(y)
z <- function(v) (v - mean(v)) / sd(v)
alone <- summary(lm(y ~ p$average))$r.squared

rows <- lapply(names(p), function(name) {
  x <- p[[name]]
  r <- cor(x, y)
  half <- 1.96 / sqrt(n - 3)
  row <- data.frame(predictor = name, n = n, mean = mean(x), r = r,
                    r_low = tanh(atanh(r) - half), r_high = tanh(atanh(r) + half),
                    r2 = alone, delta_r2 = NA, beta = NA, beta_low = NA, beta_high = NA,
                    average_beta = NA, average_beta_low = NA, average_beta_high = NA, p = NA)
  if (name != "average") {
    fit <- lm(z(y) ~ z(p$average) + z(x))
    ci <- confint(fit, level = 0.95)
    row$r2 <- summary(fit)$r.squared
    row$delta_r2 <- row$r2 - alone
    row$beta <- coef(fit)[3]; row$beta_low <- ci[3, 1]; row$beta_high <- ci[3, 2]
    row$average_beta <- coef(fit)[2]; row$average_beta_low <- ci[2, 1]; row$average_beta_high <- ci[2, 2]
    row$p <- summary(fit)$coefficients[3, 4]
  }
  row
})
write.csv(do.call(rbind, rows), "moments-reference.csv", row.names = FALSE, na = "")
