"""Train a softmax regression classifier on the iris data set.

Uses the Python standard library only, so the job runs with any Python 3.6 or later. The rows
are shuffled with a fixed seed and split into a training and a test set. Features are
standardised with the training set's mean and standard deviation, then a multinomial logistic
regression is fitted by full-batch gradient descent.

Writes outputs/model.json (scaling, weights and labels) and outputs/metrics.json (accuracy and
row counts) under the current directory, which is where Azure ML collects run outputs.
"""

import argparse
import csv
import json
import math
import os
import random
import sys

LABEL_COLUMN = "species"
OUTPUT_DIRECTORY = "outputs"


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="path of the iris CSV file")
    parser.add_argument(
        "--test-fraction",
        type=float,
        default=0.3,
        help="fraction of the rows held out for testing, between 0 and 1 (default 0.3)",
    )
    parser.add_argument("--seed", type=int, default=42, help="seed of the shuffle (default 42)")
    parser.add_argument(
        "--epochs", type=int, default=300, help="number of gradient descent epochs (default 300)"
    )
    parser.add_argument(
        "--learning-rate", type=float, default=0.5, help="gradient descent step size (default 0.5)"
    )
    arguments = parser.parse_args(argv)

    if not 0.0 < arguments.test_fraction < 1.0:
        parser.error(f"--test-fraction must be between 0 and 1, got {arguments.test_fraction}")
    if arguments.epochs < 1:
        parser.error(f"--epochs must be at least 1, got {arguments.epochs}")
    if arguments.learning_rate <= 0.0:
        parser.error(f"--learning-rate must be greater than 0, got {arguments.learning_rate}")
    return arguments


def read_rows(path):
    """Read the CSV file and return the feature names and a list of (features, label) pairs."""
    with open(path, newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        feature_names = [name for name in reader.fieldnames if name != LABEL_COLUMN]
        rows = [([float(row[name]) for name in feature_names], row[LABEL_COLUMN]) for row in reader]

    if not rows:
        sys.exit(f"error: {path} contains no data rows")
    return feature_names, rows


def split_rows(rows, test_fraction, seed):
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)

    test_size = max(1, round(len(shuffled) * test_fraction))
    return shuffled[test_size:], shuffled[:test_size]


def fit_scaling(training_rows):
    """Return the mean and standard deviation of each feature over the training rows."""
    columns = list(zip(*(features for features, _ in training_rows)))
    means = [sum(column) / len(column) for column in columns]

    deviations = []
    for column, mean in zip(columns, means):
        variance = sum((value - mean) ** 2 for value in column) / len(column)
        # A constant feature would divide by zero, so it keeps its raw scale.
        deviations.append(math.sqrt(variance) or 1.0)
    return means, deviations


def standardise(features, means, deviations):
    return [
        (value - mean) / deviation
        for value, mean, deviation in zip(features, means, deviations)
    ]


def softmax(scores):
    # Subtracting the maximum score keeps math.exp from overflowing.
    maximum = max(scores)
    exponentials = [math.exp(score - maximum) for score in scores]
    total = sum(exponentials)
    return [value / total for value in exponentials]


def class_probabilities(model, scaled):
    scores = [
        bias + sum(weight * value for weight, value in zip(weights, scaled))
        for weights, bias in zip(model["weights"], model["biases"])
    ]
    return softmax(scores)


def fit_softmax_regression(training_rows, means, deviations, labels, epochs, learning_rate):
    """Fit multinomial logistic regression by full-batch gradient descent.

    The weights start at zero, so the same split always gives the same model.
    """
    model = {
        "weights": [[0.0] * len(means) for _ in labels],
        "biases": [0.0] * len(labels),
    }
    scaled_rows = [
        (standardise(features, means, deviations), labels.index(label))
        for features, label in training_rows
    ]

    for _ in range(epochs):
        weight_gradients = [[0.0] * len(means) for _ in labels]
        bias_gradients = [0.0] * len(labels)
        for scaled, target in scaled_rows:
            probabilities = class_probabilities(model, scaled)
            for label_index, probability in enumerate(probabilities):
                error = probability - (1.0 if label_index == target else 0.0)
                bias_gradients[label_index] += error
                for feature_index, value in enumerate(scaled):
                    weight_gradients[label_index][feature_index] += error * value

        step = learning_rate / len(scaled_rows)
        for label_index in range(len(labels)):
            model["biases"][label_index] -= step * bias_gradients[label_index]
            for feature_index in range(len(means)):
                gradient = weight_gradients[label_index][feature_index]
                model["weights"][label_index][feature_index] -= step * gradient
    return model


def predict(model, features):
    scaled = standardise(features, model["means"], model["deviations"])
    probabilities = class_probabilities(model, scaled)
    return model["labels"][probabilities.index(max(probabilities))]


def write_json(name, content):
    os.makedirs(OUTPUT_DIRECTORY, exist_ok=True)
    path = os.path.join(OUTPUT_DIRECTORY, name)
    with open(path, "w", encoding="utf-8") as file:
        json.dump(content, file, indent=2, sort_keys=True)
        file.write("\n")
    return path


def main(argv):
    arguments = parse_arguments(argv)
    feature_names, rows = read_rows(arguments.data)
    training_rows, test_rows = split_rows(rows, arguments.test_fraction, arguments.seed)
    print(f"Read {len(rows)} rows: {len(training_rows)} for training, {len(test_rows)} for testing")

    means, deviations = fit_scaling(training_rows)
    labels = sorted({label for _, label in rows})
    model = fit_softmax_regression(
        training_rows, means, deviations, labels, arguments.epochs, arguments.learning_rate
    )
    model.update(
        {
            "type": "softmax-regression",
            "features": feature_names,
            "labels": labels,
            "means": means,
            "deviations": deviations,
        }
    )

    correct = sum(1 for features, label in test_rows if predict(model, features) == label)
    accuracy = correct / len(test_rows)
    print(f"Test accuracy: {accuracy:.4f} ({correct} of {len(test_rows)} rows)")

    metrics = {
        "accuracy": accuracy,
        "epochs": arguments.epochs,
        "learning_rate": arguments.learning_rate,
        "seed": arguments.seed,
        "test_fraction": arguments.test_fraction,
        "test_rows": len(test_rows),
        "training_rows": len(training_rows),
    }
    print(f"Wrote {write_json('model.json', model)} and {write_json('metrics.json', metrics)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
