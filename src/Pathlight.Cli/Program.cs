return Pathlight.Journeys.Placeholder.Answer == 42 ? 0 : 1;
