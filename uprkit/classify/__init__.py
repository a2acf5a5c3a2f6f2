"""Classification of UPR texts: instruments, affected groups, guideline headings (and other labels)."""

from uprkit.classify import groups as groups
from uprkit.classify import headings as headings
from uprkit.classify import instruments as instruments
from uprkit.classify import outlines as outlines
from uprkit.classify import recommendations_model as recommendations_model
from uprkit.classify import upr_info as upr_info
from uprkit.classify.recommendations_model import RecommendationClassifier as RecommendationClassifier
from uprkit.classify.recommendations_model import RecommendationLabels as RecommendationLabels
