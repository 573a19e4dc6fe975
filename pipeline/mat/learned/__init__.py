"""The learned second reader: a linear model over word n-grams, trained on the labelled
sets already read, that speaks only where the rules read nothing decisive (see
`pipeline.mat.rules.LearnedReader`)."""
